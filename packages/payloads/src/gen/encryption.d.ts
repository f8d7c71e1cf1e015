import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");


    /**
     * Properties of a SignedPreKey.
     * @deprecated Use SignedPreKey.$Properties instead.
     */
    export interface ISignedPreKey extends SignedPreKey.$Properties {
    }

    /** Represents a SignedPreKey. */
    export class SignedPreKey {

        /**
         * Constructs a new SignedPreKey.
         * @param [properties] Properties to set
         */
        constructor(properties?: SignedPreKey.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignedPreKey signedPreKey. */
        signedPreKey: Uint8Array;

        /** SignedPreKey version. */
        version: number;

        /** SignedPreKey protocolVersion. */
        protocolVersion: number;

        /**
         * Creates a new SignedPreKey instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignedPreKey instance
         */
        static create(properties: SignedPreKey.$Shape): SignedPreKey & SignedPreKey.$Shape;
        static create(properties?: SignedPreKey.$Properties): SignedPreKey;

        /**
         * Encodes the specified SignedPreKey message. Does not implicitly {@link SignedPreKey.verify|verify} messages.
         * @param message SignedPreKey message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: SignedPreKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignedPreKey message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {SignedPreKey & SignedPreKey.$Shape} SignedPreKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SignedPreKey & SignedPreKey.$Shape;
    }

    export namespace SignedPreKey {

        /** Properties of a SignedPreKey. */
        interface $Properties {

            /** SignedPreKey signedPreKey */
            signedPreKey?: (Uint8Array|null);

            /** SignedPreKey version */
            version?: (number|null);

            /** SignedPreKey protocolVersion */
            protocolVersion?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SignedPreKey. */
        type $Shape = SignedPreKey.$Properties;
    }

    /**
     * Properties of a Bundle.
     * @deprecated Use Bundle.$Properties instead.
     */
    export interface IBundle extends Bundle.$Properties {
    }

    /** Represents a Bundle. */
    export class Bundle {

        /**
         * Constructs a new Bundle.
         * @param [properties] Properties to set
         */
        constructor(properties?: Bundle.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Bundle identity. */
        identity: Uint8Array;

        /** Bundle signedPreKeys. */
        signedPreKeys: { [k: string]: SignedPreKey.$Properties };

        /** Bundle signature. */
        signature: Uint8Array;

        /** Bundle timestamp. */
        timestamp: (number|Long);

        /**
         * Creates a new Bundle instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Bundle instance
         */
        static create(properties: Bundle.$Shape): Bundle & Bundle.$Shape;
        static create(properties?: Bundle.$Properties): Bundle;

        /**
         * Encodes the specified Bundle message. Does not implicitly {@link Bundle.verify|verify} messages.
         * @param message Bundle message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: Bundle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Bundle message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {Bundle & Bundle.$Shape} Bundle
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Bundle & Bundle.$Shape;
    }

    export namespace Bundle {

        /** Properties of a Bundle. */
        interface $Properties {

            /** Bundle identity */
            identity?: (Uint8Array|null);

            /** Bundle signedPreKeys */
            signedPreKeys?: ({ [k: string]: SignedPreKey.$Properties }|null);

            /** Bundle signature */
            signature?: (Uint8Array|null);

            /** Bundle timestamp */
            timestamp?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Bundle. */
        type $Shape = Bundle.$Properties;
    }

    /**
     * Properties of a BundleContainer.
     * @deprecated Use BundleContainer.$Properties instead.
     */
    export interface IBundleContainer extends BundleContainer.$Properties {
    }

    /** Represents a BundleContainer. */
    export class BundleContainer {

        /**
         * Constructs a new BundleContainer.
         * @param [properties] Properties to set
         */
        constructor(properties?: BundleContainer.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BundleContainer bundle. */
        bundle?: (Bundle.$Properties|null);

        /** BundleContainer privateSignedPreKey. */
        privateSignedPreKey: Uint8Array;

        /**
         * Creates a new BundleContainer instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BundleContainer instance
         */
        static create(properties: BundleContainer.$Shape): BundleContainer & BundleContainer.$Shape;
        static create(properties?: BundleContainer.$Properties): BundleContainer;

        /**
         * Encodes the specified BundleContainer message. Does not implicitly {@link BundleContainer.verify|verify} messages.
         * @param message BundleContainer message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: BundleContainer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BundleContainer message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {BundleContainer & BundleContainer.$Shape} BundleContainer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): BundleContainer & BundleContainer.$Shape;
    }

    export namespace BundleContainer {

        /** Properties of a BundleContainer. */
        interface $Properties {

            /** BundleContainer bundle */
            bundle?: (Bundle.$Properties|null);

            /** BundleContainer privateSignedPreKey */
            privateSignedPreKey?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BundleContainer. */
        type $Shape = BundleContainer.$Properties;
    }

    /**
     * Properties of a DRHeader.
     * @deprecated Use DRHeader.$Properties instead.
     */
    export interface IDRHeader extends DRHeader.$Properties {
    }

    /** Represents a DRHeader. */
    export class DRHeader {

        /**
         * Constructs a new DRHeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: DRHeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DRHeader key. */
        key: Uint8Array;

        /** DRHeader n. */
        n: number;

        /** DRHeader pn. */
        pn: number;

        /** DRHeader id. */
        id: Uint8Array;

        /**
         * Creates a new DRHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DRHeader instance
         */
        static create(properties: DRHeader.$Shape): DRHeader & DRHeader.$Shape;
        static create(properties?: DRHeader.$Properties): DRHeader;

        /**
         * Encodes the specified DRHeader message. Does not implicitly {@link DRHeader.verify|verify} messages.
         * @param message DRHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: DRHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DRHeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {DRHeader & DRHeader.$Shape} DRHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DRHeader & DRHeader.$Shape;
    }

    export namespace DRHeader {

        /** Properties of a DRHeader. */
        interface $Properties {

            /** DRHeader key */
            key?: (Uint8Array|null);

            /** DRHeader n */
            n?: (number|null);

            /** DRHeader pn */
            pn?: (number|null);

            /** DRHeader id */
            id?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DRHeader. */
        type $Shape = DRHeader.$Properties;
    }

    /**
     * Properties of a DHHeader.
     * @deprecated Use DHHeader.$Properties instead.
     */
    export interface IDHHeader extends DHHeader.$Properties {
    }

    /** Represents a DHHeader. */
    export class DHHeader {

        /**
         * Constructs a new DHHeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: DHHeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DHHeader key. */
        key: Uint8Array;

        /**
         * Creates a new DHHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DHHeader instance
         */
        static create(properties: DHHeader.$Shape): DHHeader & DHHeader.$Shape;
        static create(properties?: DHHeader.$Properties): DHHeader;

        /**
         * Encodes the specified DHHeader message. Does not implicitly {@link DHHeader.verify|verify} messages.
         * @param message DHHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: DHHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DHHeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {DHHeader & DHHeader.$Shape} DHHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DHHeader & DHHeader.$Shape;
    }

    export namespace DHHeader {

        /** Properties of a DHHeader. */
        interface $Properties {

            /** DHHeader key */
            key?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DHHeader. */
        type $Shape = DHHeader.$Properties;
    }

    /**
     * Properties of a X3DHHeader.
     * @deprecated Use X3DHHeader.$Properties instead.
     */
    export interface IX3DHHeader extends X3DHHeader.$Properties {
    }

    /** Represents a X3DHHeader. */
    export class X3DHHeader {

        /**
         * Constructs a new X3DHHeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: X3DHHeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** X3DHHeader key. */
        key: Uint8Array;

        /** X3DHHeader id. */
        id: Uint8Array;

        /**
         * Creates a new X3DHHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns X3DHHeader instance
         */
        static create(properties: X3DHHeader.$Shape): X3DHHeader & X3DHHeader.$Shape;
        static create(properties?: X3DHHeader.$Properties): X3DHHeader;

        /**
         * Encodes the specified X3DHHeader message. Does not implicitly {@link X3DHHeader.verify|verify} messages.
         * @param message X3DHHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: X3DHHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a X3DHHeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {X3DHHeader & X3DHHeader.$Shape} X3DHHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): X3DHHeader & X3DHHeader.$Shape;
    }

    export namespace X3DHHeader {

        /** Properties of a X3DHHeader. */
        interface $Properties {

            /** X3DHHeader key */
            key?: (Uint8Array|null);

            /** X3DHHeader id */
            id?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a X3DHHeader. */
        type $Shape = X3DHHeader.$Properties;
    }

    /**
     * Properties of a DirectMessageProtocol.
     * @deprecated Use DirectMessageProtocol.$Properties instead.
     */
    export interface IDirectMessageProtocol extends DirectMessageProtocol.$Properties {
    }

    /** Represents a DirectMessageProtocol. */
    export class DirectMessageProtocol {

        /**
         * Constructs a new DirectMessageProtocol.
         * @param [properties] Properties to set
         */
        constructor(properties?: DirectMessageProtocol.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DirectMessageProtocol X3DHHeader. */
        X3DHHeader?: (X3DHHeader.$Properties|null);

        /** DirectMessageProtocol DRHeader. */
        DRHeader?: (DRHeader.$Properties|null);

        /** DirectMessageProtocol DHHeader. */
        DHHeader?: (DHHeader.$Properties|null);

        /** DirectMessageProtocol payload. */
        payload: Uint8Array;

        /**
         * Creates a new DirectMessageProtocol instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DirectMessageProtocol instance
         */
        static create(properties: DirectMessageProtocol.$Shape): DirectMessageProtocol & DirectMessageProtocol.$Shape;
        static create(properties?: DirectMessageProtocol.$Properties): DirectMessageProtocol;

        /**
         * Encodes the specified DirectMessageProtocol message. Does not implicitly {@link DirectMessageProtocol.verify|verify} messages.
         * @param message DirectMessageProtocol message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: DirectMessageProtocol.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DirectMessageProtocol message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {DirectMessageProtocol & DirectMessageProtocol.$Shape} DirectMessageProtocol
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DirectMessageProtocol & DirectMessageProtocol.$Shape;
    }

    export namespace DirectMessageProtocol {

        /** Properties of a DirectMessageProtocol. */
        interface $Properties {

            /** DirectMessageProtocol X3DHHeader */
            X3DHHeader?: (X3DHHeader.$Properties|null);

            /** DirectMessageProtocol DRHeader */
            DRHeader?: (DRHeader.$Properties|null);

            /** DirectMessageProtocol DHHeader */
            DHHeader?: (DHHeader.$Properties|null);

            /** DirectMessageProtocol payload */
            payload?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DirectMessageProtocol. */
        type $Shape = DirectMessageProtocol.$Properties;
    }

    /**
     * Properties of a ProtocolMessage.
     * @deprecated Use ProtocolMessage.$Properties instead.
     */
    export interface IProtocolMessage extends ProtocolMessage.$Properties {
    }

    /** Represents a ProtocolMessage. */
    export class ProtocolMessage {

        /**
         * Constructs a new ProtocolMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: ProtocolMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProtocolMessage installationId. */
        installationId: string;

        /** ProtocolMessage bundles. */
        bundles: Bundle.$Properties[];

        /** ProtocolMessage directMessage. */
        directMessage: { [k: string]: DirectMessageProtocol.$Properties };

        /** ProtocolMessage publicMessage. */
        publicMessage: Uint8Array;

        /**
         * Creates a new ProtocolMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProtocolMessage instance
         */
        static create(properties: ProtocolMessage.$Shape): ProtocolMessage & ProtocolMessage.$Shape;
        static create(properties?: ProtocolMessage.$Properties): ProtocolMessage;

        /**
         * Encodes the specified ProtocolMessage message. Does not implicitly {@link ProtocolMessage.verify|verify} messages.
         * @param message ProtocolMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ProtocolMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProtocolMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ProtocolMessage & ProtocolMessage.$Shape} ProtocolMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ProtocolMessage & ProtocolMessage.$Shape;
    }

    export namespace ProtocolMessage {

        /** Properties of a ProtocolMessage. */
        interface $Properties {

            /** ProtocolMessage installationId */
            installationId?: (string|null);

            /** ProtocolMessage bundles */
            bundles?: (Bundle.$Properties[]|null);

            /** ProtocolMessage directMessage */
            directMessage?: ({ [k: string]: DirectMessageProtocol.$Properties }|null);

            /** ProtocolMessage publicMessage */
            publicMessage?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProtocolMessage. */
        type $Shape = ProtocolMessage.$Properties;
    }
