import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace encryption. */
export namespace encryption {

    /**
     * Properties of a SignedPreKey.
     * @deprecated Use encryption.SignedPreKey.$Properties instead.
     */
    interface ISignedPreKey extends encryption.SignedPreKey.$Properties {
    }

    /** Represents a SignedPreKey. */
    class SignedPreKey {

        /**
         * Constructs a new SignedPreKey.
         * @param [properties] Properties to set
         */
        constructor(properties?: encryption.SignedPreKey.$Properties);

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
        static create(properties: encryption.SignedPreKey.$Shape): encryption.SignedPreKey & encryption.SignedPreKey.$Shape;
        static create(properties?: encryption.SignedPreKey.$Properties): encryption.SignedPreKey;

        /**
         * Encodes the specified SignedPreKey message. Does not implicitly {@link encryption.SignedPreKey.verify|verify} messages.
         * @param message SignedPreKey message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: encryption.SignedPreKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignedPreKey message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {encryption.SignedPreKey & encryption.SignedPreKey.$Shape} SignedPreKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): encryption.SignedPreKey & encryption.SignedPreKey.$Shape;
    }

    namespace SignedPreKey {

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
        type $Shape = encryption.SignedPreKey.$Properties;
    }

    /**
     * Properties of a Bundle.
     * @deprecated Use encryption.Bundle.$Properties instead.
     */
    interface IBundle extends encryption.Bundle.$Properties {
    }

    /** Represents a Bundle. */
    class Bundle {

        /**
         * Constructs a new Bundle.
         * @param [properties] Properties to set
         */
        constructor(properties?: encryption.Bundle.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Bundle identity. */
        identity: Uint8Array;

        /** Bundle signedPreKeys. */
        signedPreKeys: { [k: string]: encryption.SignedPreKey.$Properties };

        /** Bundle signature. */
        signature: Uint8Array;

        /** Bundle timestamp. */
        timestamp: (number|Long);

        /**
         * Creates a new Bundle instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Bundle instance
         */
        static create(properties: encryption.Bundle.$Shape): encryption.Bundle & encryption.Bundle.$Shape;
        static create(properties?: encryption.Bundle.$Properties): encryption.Bundle;

        /**
         * Encodes the specified Bundle message. Does not implicitly {@link encryption.Bundle.verify|verify} messages.
         * @param message Bundle message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: encryption.Bundle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Bundle message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {encryption.Bundle & encryption.Bundle.$Shape} Bundle
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): encryption.Bundle & encryption.Bundle.$Shape;
    }

    namespace Bundle {

        /** Properties of a Bundle. */
        interface $Properties {

            /** Bundle identity */
            identity?: (Uint8Array|null);

            /** Bundle signedPreKeys */
            signedPreKeys?: ({ [k: string]: encryption.SignedPreKey.$Properties }|null);

            /** Bundle signature */
            signature?: (Uint8Array|null);

            /** Bundle timestamp */
            timestamp?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Bundle. */
        type $Shape = encryption.Bundle.$Properties;
    }

    /**
     * Properties of a BundleContainer.
     * @deprecated Use encryption.BundleContainer.$Properties instead.
     */
    interface IBundleContainer extends encryption.BundleContainer.$Properties {
    }

    /** Represents a BundleContainer. */
    class BundleContainer {

        /**
         * Constructs a new BundleContainer.
         * @param [properties] Properties to set
         */
        constructor(properties?: encryption.BundleContainer.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BundleContainer bundle. */
        bundle?: (encryption.Bundle.$Properties|null);

        /** BundleContainer privateSignedPreKey. */
        privateSignedPreKey: Uint8Array;

        /**
         * Creates a new BundleContainer instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BundleContainer instance
         */
        static create(properties: encryption.BundleContainer.$Shape): encryption.BundleContainer & encryption.BundleContainer.$Shape;
        static create(properties?: encryption.BundleContainer.$Properties): encryption.BundleContainer;

        /**
         * Encodes the specified BundleContainer message. Does not implicitly {@link encryption.BundleContainer.verify|verify} messages.
         * @param message BundleContainer message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: encryption.BundleContainer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BundleContainer message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {encryption.BundleContainer & encryption.BundleContainer.$Shape} BundleContainer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): encryption.BundleContainer & encryption.BundleContainer.$Shape;
    }

    namespace BundleContainer {

        /** Properties of a BundleContainer. */
        interface $Properties {

            /** BundleContainer bundle */
            bundle?: (encryption.Bundle.$Properties|null);

            /** BundleContainer privateSignedPreKey */
            privateSignedPreKey?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BundleContainer. */
        type $Shape = encryption.BundleContainer.$Properties;
    }

    /**
     * Properties of a DRHeader.
     * @deprecated Use encryption.DRHeader.$Properties instead.
     */
    interface IDRHeader extends encryption.DRHeader.$Properties {
    }

    /** Represents a DRHeader. */
    class DRHeader {

        /**
         * Constructs a new DRHeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: encryption.DRHeader.$Properties);

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
        static create(properties: encryption.DRHeader.$Shape): encryption.DRHeader & encryption.DRHeader.$Shape;
        static create(properties?: encryption.DRHeader.$Properties): encryption.DRHeader;

        /**
         * Encodes the specified DRHeader message. Does not implicitly {@link encryption.DRHeader.verify|verify} messages.
         * @param message DRHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: encryption.DRHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DRHeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {encryption.DRHeader & encryption.DRHeader.$Shape} DRHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): encryption.DRHeader & encryption.DRHeader.$Shape;
    }

    namespace DRHeader {

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
        type $Shape = encryption.DRHeader.$Properties;
    }

    /**
     * Properties of a DHHeader.
     * @deprecated Use encryption.DHHeader.$Properties instead.
     */
    interface IDHHeader extends encryption.DHHeader.$Properties {
    }

    /** Represents a DHHeader. */
    class DHHeader {

        /**
         * Constructs a new DHHeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: encryption.DHHeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DHHeader key. */
        key: Uint8Array;

        /**
         * Creates a new DHHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DHHeader instance
         */
        static create(properties: encryption.DHHeader.$Shape): encryption.DHHeader & encryption.DHHeader.$Shape;
        static create(properties?: encryption.DHHeader.$Properties): encryption.DHHeader;

        /**
         * Encodes the specified DHHeader message. Does not implicitly {@link encryption.DHHeader.verify|verify} messages.
         * @param message DHHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: encryption.DHHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DHHeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {encryption.DHHeader & encryption.DHHeader.$Shape} DHHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): encryption.DHHeader & encryption.DHHeader.$Shape;
    }

    namespace DHHeader {

        /** Properties of a DHHeader. */
        interface $Properties {

            /** DHHeader key */
            key?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DHHeader. */
        type $Shape = encryption.DHHeader.$Properties;
    }

    /**
     * Properties of a X3DHHeader.
     * @deprecated Use encryption.X3DHHeader.$Properties instead.
     */
    interface IX3DHHeader extends encryption.X3DHHeader.$Properties {
    }

    /** Represents a X3DHHeader. */
    class X3DHHeader {

        /**
         * Constructs a new X3DHHeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: encryption.X3DHHeader.$Properties);

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
        static create(properties: encryption.X3DHHeader.$Shape): encryption.X3DHHeader & encryption.X3DHHeader.$Shape;
        static create(properties?: encryption.X3DHHeader.$Properties): encryption.X3DHHeader;

        /**
         * Encodes the specified X3DHHeader message. Does not implicitly {@link encryption.X3DHHeader.verify|verify} messages.
         * @param message X3DHHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: encryption.X3DHHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a X3DHHeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {encryption.X3DHHeader & encryption.X3DHHeader.$Shape} X3DHHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): encryption.X3DHHeader & encryption.X3DHHeader.$Shape;
    }

    namespace X3DHHeader {

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
        type $Shape = encryption.X3DHHeader.$Properties;
    }

    /**
     * Properties of a DirectMessageProtocol.
     * @deprecated Use encryption.DirectMessageProtocol.$Properties instead.
     */
    interface IDirectMessageProtocol extends encryption.DirectMessageProtocol.$Properties {
    }

    /** Represents a DirectMessageProtocol. */
    class DirectMessageProtocol {

        /**
         * Constructs a new DirectMessageProtocol.
         * @param [properties] Properties to set
         */
        constructor(properties?: encryption.DirectMessageProtocol.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DirectMessageProtocol X3DHHeader. */
        X3DHHeader?: (encryption.X3DHHeader.$Properties|null);

        /** DirectMessageProtocol DRHeader. */
        DRHeader?: (encryption.DRHeader.$Properties|null);

        /** DirectMessageProtocol DHHeader. */
        DHHeader?: (encryption.DHHeader.$Properties|null);

        /** DirectMessageProtocol payload. */
        payload: Uint8Array;

        /**
         * Creates a new DirectMessageProtocol instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DirectMessageProtocol instance
         */
        static create(properties: encryption.DirectMessageProtocol.$Shape): encryption.DirectMessageProtocol & encryption.DirectMessageProtocol.$Shape;
        static create(properties?: encryption.DirectMessageProtocol.$Properties): encryption.DirectMessageProtocol;

        /**
         * Encodes the specified DirectMessageProtocol message. Does not implicitly {@link encryption.DirectMessageProtocol.verify|verify} messages.
         * @param message DirectMessageProtocol message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: encryption.DirectMessageProtocol.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DirectMessageProtocol message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {encryption.DirectMessageProtocol & encryption.DirectMessageProtocol.$Shape} DirectMessageProtocol
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): encryption.DirectMessageProtocol & encryption.DirectMessageProtocol.$Shape;
    }

    namespace DirectMessageProtocol {

        /** Properties of a DirectMessageProtocol. */
        interface $Properties {

            /** DirectMessageProtocol X3DHHeader */
            X3DHHeader?: (encryption.X3DHHeader.$Properties|null);

            /** DirectMessageProtocol DRHeader */
            DRHeader?: (encryption.DRHeader.$Properties|null);

            /** DirectMessageProtocol DHHeader */
            DHHeader?: (encryption.DHHeader.$Properties|null);

            /** DirectMessageProtocol payload */
            payload?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DirectMessageProtocol. */
        type $Shape = encryption.DirectMessageProtocol.$Properties;
    }

    /**
     * Properties of a ProtocolMessage.
     * @deprecated Use encryption.ProtocolMessage.$Properties instead.
     */
    interface IProtocolMessage extends encryption.ProtocolMessage.$Properties {
    }

    /** Represents a ProtocolMessage. */
    class ProtocolMessage {

        /**
         * Constructs a new ProtocolMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: encryption.ProtocolMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProtocolMessage installationId. */
        installationId: string;

        /** ProtocolMessage bundles. */
        bundles: encryption.Bundle.$Properties[];

        /** ProtocolMessage directMessage. */
        directMessage: { [k: string]: encryption.DirectMessageProtocol.$Properties };

        /** ProtocolMessage publicMessage. */
        publicMessage: Uint8Array;

        /**
         * Creates a new ProtocolMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProtocolMessage instance
         */
        static create(properties: encryption.ProtocolMessage.$Shape): encryption.ProtocolMessage & encryption.ProtocolMessage.$Shape;
        static create(properties?: encryption.ProtocolMessage.$Properties): encryption.ProtocolMessage;

        /**
         * Encodes the specified ProtocolMessage message. Does not implicitly {@link encryption.ProtocolMessage.verify|verify} messages.
         * @param message ProtocolMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: encryption.ProtocolMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProtocolMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {encryption.ProtocolMessage & encryption.ProtocolMessage.$Shape} ProtocolMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): encryption.ProtocolMessage & encryption.ProtocolMessage.$Shape;
    }

    namespace ProtocolMessage {

        /** Properties of a ProtocolMessage. */
        interface $Properties {

            /** ProtocolMessage installationId */
            installationId?: (string|null);

            /** ProtocolMessage bundles */
            bundles?: (encryption.Bundle.$Properties[]|null);

            /** ProtocolMessage directMessage */
            directMessage?: ({ [k: string]: encryption.DirectMessageProtocol.$Properties }|null);

            /** ProtocolMessage publicMessage */
            publicMessage?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProtocolMessage. */
        type $Shape = encryption.ProtocolMessage.$Properties;
    }
}
