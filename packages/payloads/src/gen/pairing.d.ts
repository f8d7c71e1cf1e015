import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");


    /**
     * Properties of a PairInstallation.
     * @deprecated Use PairInstallation.$Properties instead.
     */
    export interface IPairInstallation extends PairInstallation.$Properties {
    }

    /** Represents a PairInstallation. */
    export class PairInstallation {

        /**
         * Constructs a new PairInstallation.
         * @param [properties] Properties to set
         */
        constructor(properties?: PairInstallation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PairInstallation clock. */
        clock: (number|Long);

        /** PairInstallation installationId. */
        installationId: string;

        /** PairInstallation deviceType. */
        deviceType: string;

        /** PairInstallation name. */
        name: string;

        /**
         * Creates a new PairInstallation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PairInstallation instance
         */
        static create(properties: PairInstallation.$Shape): PairInstallation & PairInstallation.$Shape;
        static create(properties?: PairInstallation.$Properties): PairInstallation;

        /**
         * Encodes the specified PairInstallation message. Does not implicitly {@link PairInstallation.verify|verify} messages.
         * @param message PairInstallation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PairInstallation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PairInstallation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PairInstallation & PairInstallation.$Shape} PairInstallation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PairInstallation & PairInstallation.$Shape;
    }

    export namespace PairInstallation {

        /** Properties of a PairInstallation. */
        interface $Properties {

            /** PairInstallation clock */
            clock?: (number|Long|null);

            /** PairInstallation installationId */
            installationId?: (string|null);

            /** PairInstallation deviceType */
            deviceType?: (string|null);

            /** PairInstallation name */
            name?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PairInstallation. */
        type $Shape = PairInstallation.$Properties;
    }

    /**
     * Properties of a SyncInstallationContact.
     * @deprecated Use SyncInstallationContact.$Properties instead.
     */
    export interface ISyncInstallationContact extends SyncInstallationContact.$Properties {
    }

    /** Represents a SyncInstallationContact. */
    export class SyncInstallationContact {

        /**
         * Constructs a new SyncInstallationContact.
         * @param [properties] Properties to set
         */
        constructor(properties?: SyncInstallationContact.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncInstallationContact clock. */
        clock: (number|Long);

        /** SyncInstallationContact id. */
        id: string;

        /** SyncInstallationContact profileImage. */
        profileImage: string;

        /** SyncInstallationContact ensName. */
        ensName: string;

        /** SyncInstallationContact lastUpdated. */
        lastUpdated: (number|Long);

        /** SyncInstallationContact systemTags. */
        systemTags: string[];

        /** SyncInstallationContact localNickname. */
        localNickname: string;

        /**
         * Creates a new SyncInstallationContact instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncInstallationContact instance
         */
        static create(properties: SyncInstallationContact.$Shape): SyncInstallationContact & SyncInstallationContact.$Shape;
        static create(properties?: SyncInstallationContact.$Properties): SyncInstallationContact;

        /**
         * Encodes the specified SyncInstallationContact message. Does not implicitly {@link SyncInstallationContact.verify|verify} messages.
         * @param message SyncInstallationContact message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: SyncInstallationContact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncInstallationContact message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {SyncInstallationContact & SyncInstallationContact.$Shape} SyncInstallationContact
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SyncInstallationContact & SyncInstallationContact.$Shape;
    }

    export namespace SyncInstallationContact {

        /** Properties of a SyncInstallationContact. */
        interface $Properties {

            /** SyncInstallationContact clock */
            clock?: (number|Long|null);

            /** SyncInstallationContact id */
            id?: (string|null);

            /** SyncInstallationContact profileImage */
            profileImage?: (string|null);

            /** SyncInstallationContact ensName */
            ensName?: (string|null);

            /** SyncInstallationContact lastUpdated */
            lastUpdated?: (number|Long|null);

            /** SyncInstallationContact systemTags */
            systemTags?: (string[]|null);

            /** SyncInstallationContact localNickname */
            localNickname?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncInstallationContact. */
        type $Shape = SyncInstallationContact.$Properties;
    }

    /**
     * Properties of a SyncInstallationAccount.
     * @deprecated Use SyncInstallationAccount.$Properties instead.
     */
    export interface ISyncInstallationAccount extends SyncInstallationAccount.$Properties {
    }

    /** Represents a SyncInstallationAccount. */
    export class SyncInstallationAccount {

        /**
         * Constructs a new SyncInstallationAccount.
         * @param [properties] Properties to set
         */
        constructor(properties?: SyncInstallationAccount.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncInstallationAccount clock. */
        clock: (number|Long);

        /** SyncInstallationAccount profileImage. */
        profileImage: string;

        /** SyncInstallationAccount lastUpdated. */
        lastUpdated: (number|Long);

        /**
         * Creates a new SyncInstallationAccount instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncInstallationAccount instance
         */
        static create(properties: SyncInstallationAccount.$Shape): SyncInstallationAccount & SyncInstallationAccount.$Shape;
        static create(properties?: SyncInstallationAccount.$Properties): SyncInstallationAccount;

        /**
         * Encodes the specified SyncInstallationAccount message. Does not implicitly {@link SyncInstallationAccount.verify|verify} messages.
         * @param message SyncInstallationAccount message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: SyncInstallationAccount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncInstallationAccount message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {SyncInstallationAccount & SyncInstallationAccount.$Shape} SyncInstallationAccount
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SyncInstallationAccount & SyncInstallationAccount.$Shape;
    }

    export namespace SyncInstallationAccount {

        /** Properties of a SyncInstallationAccount. */
        interface $Properties {

            /** SyncInstallationAccount clock */
            clock?: (number|Long|null);

            /** SyncInstallationAccount profileImage */
            profileImage?: (string|null);

            /** SyncInstallationAccount lastUpdated */
            lastUpdated?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncInstallationAccount. */
        type $Shape = SyncInstallationAccount.$Properties;
    }

    /**
     * Properties of a SyncInstallationPublicChat.
     * @deprecated Use SyncInstallationPublicChat.$Properties instead.
     */
    export interface ISyncInstallationPublicChat extends SyncInstallationPublicChat.$Properties {
    }

    /** Represents a SyncInstallationPublicChat. */
    export class SyncInstallationPublicChat {

        /**
         * Constructs a new SyncInstallationPublicChat.
         * @param [properties] Properties to set
         */
        constructor(properties?: SyncInstallationPublicChat.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncInstallationPublicChat clock. */
        clock: (number|Long);

        /** SyncInstallationPublicChat id. */
        id: string;

        /**
         * Creates a new SyncInstallationPublicChat instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncInstallationPublicChat instance
         */
        static create(properties: SyncInstallationPublicChat.$Shape): SyncInstallationPublicChat & SyncInstallationPublicChat.$Shape;
        static create(properties?: SyncInstallationPublicChat.$Properties): SyncInstallationPublicChat;

        /**
         * Encodes the specified SyncInstallationPublicChat message. Does not implicitly {@link SyncInstallationPublicChat.verify|verify} messages.
         * @param message SyncInstallationPublicChat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: SyncInstallationPublicChat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncInstallationPublicChat message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {SyncInstallationPublicChat & SyncInstallationPublicChat.$Shape} SyncInstallationPublicChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SyncInstallationPublicChat & SyncInstallationPublicChat.$Shape;
    }

    export namespace SyncInstallationPublicChat {

        /** Properties of a SyncInstallationPublicChat. */
        interface $Properties {

            /** SyncInstallationPublicChat clock */
            clock?: (number|Long|null);

            /** SyncInstallationPublicChat id */
            id?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncInstallationPublicChat. */
        type $Shape = SyncInstallationPublicChat.$Properties;
    }

    /**
     * Properties of a SyncInstallation.
     * @deprecated Use SyncInstallation.$Properties instead.
     */
    export interface ISyncInstallation extends SyncInstallation.$Properties {
    }

    /** Represents a SyncInstallation. */
    export class SyncInstallation {

        /**
         * Constructs a new SyncInstallation.
         * @param [properties] Properties to set
         */
        constructor(properties?: SyncInstallation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncInstallation contacts. */
        contacts: SyncInstallationContact.$Properties[];

        /** SyncInstallation publicChats. */
        publicChats: SyncInstallationPublicChat.$Properties[];

        /** SyncInstallation account. */
        account?: (SyncInstallationAccount.$Properties|null);

        /**
         * Creates a new SyncInstallation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncInstallation instance
         */
        static create(properties: SyncInstallation.$Shape): SyncInstallation & SyncInstallation.$Shape;
        static create(properties?: SyncInstallation.$Properties): SyncInstallation;

        /**
         * Encodes the specified SyncInstallation message. Does not implicitly {@link SyncInstallation.verify|verify} messages.
         * @param message SyncInstallation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: SyncInstallation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncInstallation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {SyncInstallation & SyncInstallation.$Shape} SyncInstallation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SyncInstallation & SyncInstallation.$Shape;
    }

    export namespace SyncInstallation {

        /** Properties of a SyncInstallation. */
        interface $Properties {

            /** SyncInstallation contacts */
            contacts?: (SyncInstallationContact.$Properties[]|null);

            /** SyncInstallation publicChats */
            publicChats?: (SyncInstallationPublicChat.$Properties[]|null);

            /** SyncInstallation account */
            account?: (SyncInstallationAccount.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncInstallation. */
        type $Shape = SyncInstallation.$Properties;
    }
