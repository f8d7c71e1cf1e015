import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace protobuf. */
export namespace protobuf {

    /**
     * Properties of an ApplicationMetadataMessage.
     * @deprecated Use protobuf.ApplicationMetadataMessage.$Properties instead.
     */
    interface IApplicationMetadataMessage extends protobuf.ApplicationMetadataMessage.$Properties {
    }

    /** Represents an ApplicationMetadataMessage. */
    class ApplicationMetadataMessage {

        /**
         * Constructs a new ApplicationMetadataMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.ApplicationMetadataMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ApplicationMetadataMessage signature. */
        signature: Uint8Array;

        /** ApplicationMetadataMessage payload. */
        payload: Uint8Array;

        /** ApplicationMetadataMessage type. */
        type: protobuf.ApplicationMetadataMessage.Type;

        /**
         * Creates a new ApplicationMetadataMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ApplicationMetadataMessage instance
         */
        static create(properties: protobuf.ApplicationMetadataMessage.$Shape): protobuf.ApplicationMetadataMessage & protobuf.ApplicationMetadataMessage.$Shape;
        static create(properties?: protobuf.ApplicationMetadataMessage.$Properties): protobuf.ApplicationMetadataMessage;

        /**
         * Encodes the specified ApplicationMetadataMessage message. Does not implicitly {@link protobuf.ApplicationMetadataMessage.verify|verify} messages.
         * @param message ApplicationMetadataMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.ApplicationMetadataMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ApplicationMetadataMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.ApplicationMetadataMessage & protobuf.ApplicationMetadataMessage.$Shape} ApplicationMetadataMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.ApplicationMetadataMessage & protobuf.ApplicationMetadataMessage.$Shape;
    }

    namespace ApplicationMetadataMessage {

        /** Properties of an ApplicationMetadataMessage. */
        interface $Properties {

            /** ApplicationMetadataMessage signature */
            signature?: (Uint8Array|null);

            /** ApplicationMetadataMessage payload */
            payload?: (Uint8Array|null);

            /** ApplicationMetadataMessage type */
            type?: (protobuf.ApplicationMetadataMessage.Type|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ApplicationMetadataMessage. */
        type $Shape = protobuf.ApplicationMetadataMessage.$Properties;

        /** Type enum. */
        enum Type {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** CHAT_MESSAGE value */
            CHAT_MESSAGE = 1,

            /** CONTACT_UPDATE value */
            CONTACT_UPDATE = 2,

            /** MEMBERSHIP_UPDATE_MESSAGE value */
            MEMBERSHIP_UPDATE_MESSAGE = 3,

            /** PAIR_INSTALLATION value */
            PAIR_INSTALLATION = 4,

            /** SYNC_INSTALLATION value */
            SYNC_INSTALLATION = 5,

            /** REQUEST_ADDRESS_FOR_TRANSACTION value */
            REQUEST_ADDRESS_FOR_TRANSACTION = 6,

            /** ACCEPT_REQUEST_ADDRESS_FOR_TRANSACTION value */
            ACCEPT_REQUEST_ADDRESS_FOR_TRANSACTION = 7,

            /** DECLINE_REQUEST_ADDRESS_FOR_TRANSACTION value */
            DECLINE_REQUEST_ADDRESS_FOR_TRANSACTION = 8,

            /** REQUEST_TRANSACTION value */
            REQUEST_TRANSACTION = 9,

            /** SEND_TRANSACTION value */
            SEND_TRANSACTION = 10,

            /** DECLINE_REQUEST_TRANSACTION value */
            DECLINE_REQUEST_TRANSACTION = 11,

            /** SYNC_INSTALLATION_CONTACT value */
            SYNC_INSTALLATION_CONTACT = 12,

            /** SYNC_INSTALLATION_ACCOUNT value */
            SYNC_INSTALLATION_ACCOUNT = 13,

            /** SYNC_INSTALLATION_PUBLIC_CHAT value */
            SYNC_INSTALLATION_PUBLIC_CHAT = 14,

            /** CONTACT_CODE_ADVERTISEMENT value */
            CONTACT_CODE_ADVERTISEMENT = 15,

            /** PUSH_NOTIFICATION_REGISTRATION value */
            PUSH_NOTIFICATION_REGISTRATION = 16,

            /** PUSH_NOTIFICATION_REGISTRATION_RESPONSE value */
            PUSH_NOTIFICATION_REGISTRATION_RESPONSE = 17,

            /** PUSH_NOTIFICATION_QUERY value */
            PUSH_NOTIFICATION_QUERY = 18,

            /** PUSH_NOTIFICATION_QUERY_RESPONSE value */
            PUSH_NOTIFICATION_QUERY_RESPONSE = 19,

            /** PUSH_NOTIFICATION_REQUEST value */
            PUSH_NOTIFICATION_REQUEST = 20,

            /** PUSH_NOTIFICATION_RESPONSE value */
            PUSH_NOTIFICATION_RESPONSE = 21,

            /** EMOJI_REACTION value */
            EMOJI_REACTION = 22,

            /** GROUP_CHAT_INVITATION value */
            GROUP_CHAT_INVITATION = 23,

            /** CHAT_IDENTITY value */
            CHAT_IDENTITY = 24,

            /** COMMUNITY_DESCRIPTION value */
            COMMUNITY_DESCRIPTION = 25,

            /** COMMUNITY_INVITATION value */
            COMMUNITY_INVITATION = 26,

            /** COMMUNITY_REQUEST_TO_JOIN value */
            COMMUNITY_REQUEST_TO_JOIN = 27,

            /** PIN_MESSAGE value */
            PIN_MESSAGE = 28
        }
    }

    /** MessageType enum. */
    enum MessageType {

        /** UNKNOWN_MESSAGE_TYPE value */
        UNKNOWN_MESSAGE_TYPE = 0,

        /** ONE_TO_ONE value */
        ONE_TO_ONE = 1,

        /** PUBLIC_GROUP value */
        PUBLIC_GROUP = 2,

        /** PRIVATE_GROUP value */
        PRIVATE_GROUP = 3,

        /** SYSTEM_MESSAGE_PRIVATE_GROUP value */
        SYSTEM_MESSAGE_PRIVATE_GROUP = 4,

        /** COMMUNITY_CHAT value */
        COMMUNITY_CHAT = 5,

        /** SYSTEM_MESSAGE_GAP value */
        SYSTEM_MESSAGE_GAP = 6
    }

    /** ImageType enum. */
    enum ImageType {

        /** UNKNOWN_IMAGE_TYPE value */
        UNKNOWN_IMAGE_TYPE = 0,

        /** PNG value */
        PNG = 1,

        /** JPEG value */
        JPEG = 2,

        /** WEBP value */
        WEBP = 3,

        /** GIF value */
        GIF = 4
    }

    /**
     * Properties of a StickerMessage.
     * @deprecated Use protobuf.StickerMessage.$Properties instead.
     */
    interface IStickerMessage extends protobuf.StickerMessage.$Properties {
    }

    /** Represents a StickerMessage. */
    class StickerMessage {

        /**
         * Constructs a new StickerMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.StickerMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StickerMessage hash. */
        hash: string;

        /** StickerMessage pack. */
        pack: number;

        /**
         * Creates a new StickerMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StickerMessage instance
         */
        static create(properties: protobuf.StickerMessage.$Shape): protobuf.StickerMessage & protobuf.StickerMessage.$Shape;
        static create(properties?: protobuf.StickerMessage.$Properties): protobuf.StickerMessage;

        /**
         * Encodes the specified StickerMessage message. Does not implicitly {@link protobuf.StickerMessage.verify|verify} messages.
         * @param message StickerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.StickerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StickerMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.StickerMessage & protobuf.StickerMessage.$Shape} StickerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.StickerMessage & protobuf.StickerMessage.$Shape;
    }

    namespace StickerMessage {

        /** Properties of a StickerMessage. */
        interface $Properties {

            /** StickerMessage hash */
            hash?: (string|null);

            /** StickerMessage pack */
            pack?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StickerMessage. */
        type $Shape = protobuf.StickerMessage.$Properties;
    }

    /**
     * Properties of an ImageMessage.
     * @deprecated Use protobuf.ImageMessage.$Properties instead.
     */
    interface IImageMessage extends protobuf.ImageMessage.$Properties {
    }

    /** Represents an ImageMessage. */
    class ImageMessage {

        /**
         * Constructs a new ImageMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.ImageMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ImageMessage payload. */
        payload: Uint8Array;

        /** ImageMessage type. */
        type: protobuf.ImageType;

        /**
         * Creates a new ImageMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ImageMessage instance
         */
        static create(properties: protobuf.ImageMessage.$Shape): protobuf.ImageMessage & protobuf.ImageMessage.$Shape;
        static create(properties?: protobuf.ImageMessage.$Properties): protobuf.ImageMessage;

        /**
         * Encodes the specified ImageMessage message. Does not implicitly {@link protobuf.ImageMessage.verify|verify} messages.
         * @param message ImageMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.ImageMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ImageMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.ImageMessage & protobuf.ImageMessage.$Shape} ImageMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.ImageMessage & protobuf.ImageMessage.$Shape;
    }

    namespace ImageMessage {

        /** Properties of an ImageMessage. */
        interface $Properties {

            /** ImageMessage payload */
            payload?: (Uint8Array|null);

            /** ImageMessage type */
            type?: (protobuf.ImageType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ImageMessage. */
        type $Shape = protobuf.ImageMessage.$Properties;
    }

    /**
     * Properties of an AudioMessage.
     * @deprecated Use protobuf.AudioMessage.$Properties instead.
     */
    interface IAudioMessage extends protobuf.AudioMessage.$Properties {
    }

    /** Represents an AudioMessage. */
    class AudioMessage {

        /**
         * Constructs a new AudioMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.AudioMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AudioMessage payload. */
        payload: Uint8Array;

        /** AudioMessage type. */
        type: protobuf.AudioMessage.AudioType;

        /** AudioMessage durationMs. */
        durationMs: (number|Long);

        /**
         * Creates a new AudioMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AudioMessage instance
         */
        static create(properties: protobuf.AudioMessage.$Shape): protobuf.AudioMessage & protobuf.AudioMessage.$Shape;
        static create(properties?: protobuf.AudioMessage.$Properties): protobuf.AudioMessage;

        /**
         * Encodes the specified AudioMessage message. Does not implicitly {@link protobuf.AudioMessage.verify|verify} messages.
         * @param message AudioMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.AudioMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AudioMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.AudioMessage & protobuf.AudioMessage.$Shape} AudioMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.AudioMessage & protobuf.AudioMessage.$Shape;
    }

    namespace AudioMessage {

        /** Properties of an AudioMessage. */
        interface $Properties {

            /** AudioMessage payload */
            payload?: (Uint8Array|null);

            /** AudioMessage type */
            type?: (protobuf.AudioMessage.AudioType|null);

            /** AudioMessage durationMs */
            durationMs?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AudioMessage. */
        type $Shape = protobuf.AudioMessage.$Properties;

        /** AudioType enum. */
        enum AudioType {

            /** UNKNOWN_AUDIO_TYPE value */
            UNKNOWN_AUDIO_TYPE = 0,

            /** AAC value */
            AAC = 1,

            /** AMR value */
            AMR = 2
        }
    }

    /**
     * Properties of a ChatMessage.
     * @deprecated Use protobuf.ChatMessage.$Properties instead.
     */
    interface IChatMessage extends protobuf.ChatMessage.$Properties {
    }

    /** Represents a ChatMessage. */
    class ChatMessage {

        /**
         * Constructs a new ChatMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.ChatMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChatMessage clock. */
        clock: (number|Long);

        /** ChatMessage timestamp. */
        timestamp: (number|Long);

        /** ChatMessage text. */
        text: string;

        /** ChatMessage responseTo. */
        responseTo: string;

        /** ChatMessage ensName. */
        ensName: string;

        /** ChatMessage chatId. */
        chatId: string;

        /** ChatMessage messageType. */
        messageType: protobuf.MessageType;

        /** ChatMessage contentType. */
        contentType: protobuf.ChatMessage.ContentType;

        /** ChatMessage sticker. */
        sticker?: (protobuf.StickerMessage.$Properties|null);

        /** ChatMessage image. */
        image?: (protobuf.ImageMessage.$Properties|null);

        /** ChatMessage audio. */
        audio?: (protobuf.AudioMessage.$Properties|null);

        /** ChatMessage community. */
        community?: (Uint8Array|null);

        /** ChatMessage grant. */
        grant: Uint8Array;

        /** ChatMessage payload. */
        payload?: ("sticker"|"image"|"audio"|"community");

        /**
         * Creates a new ChatMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChatMessage instance
         */
        static create(properties: protobuf.ChatMessage.$Shape): protobuf.ChatMessage & protobuf.ChatMessage.$Shape;
        static create(properties?: protobuf.ChatMessage.$Properties): protobuf.ChatMessage;

        /**
         * Encodes the specified ChatMessage message. Does not implicitly {@link protobuf.ChatMessage.verify|verify} messages.
         * @param message ChatMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChatMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.ChatMessage & protobuf.ChatMessage.$Shape} ChatMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.ChatMessage & protobuf.ChatMessage.$Shape;
    }

    namespace ChatMessage {

        /** Properties of a ChatMessage. */
        interface $Properties {

            /** ChatMessage clock */
            clock?: (number|Long|null);

            /** ChatMessage timestamp */
            timestamp?: (number|Long|null);

            /** ChatMessage text */
            text?: (string|null);

            /** ChatMessage responseTo */
            responseTo?: (string|null);

            /** ChatMessage ensName */
            ensName?: (string|null);

            /** ChatMessage chatId */
            chatId?: (string|null);

            /** ChatMessage messageType */
            messageType?: (protobuf.MessageType|null);

            /** ChatMessage contentType */
            contentType?: (protobuf.ChatMessage.ContentType|null);

            /** ChatMessage sticker */
            sticker?: (protobuf.StickerMessage.$Properties|null);

            /** ChatMessage image */
            image?: (protobuf.ImageMessage.$Properties|null);

            /** ChatMessage audio */
            audio?: (protobuf.AudioMessage.$Properties|null);

            /** ChatMessage community */
            community?: (Uint8Array|null);

            /** ChatMessage grant */
            grant?: (Uint8Array|null);

            /** ChatMessage payload */
            payload?: ("sticker"|"image"|"audio"|"community");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ChatMessage. */
        type $Shape = {
          clock?: number|Long|null;
          timestamp?: number|Long|null;
          text?: string|null;
          responseTo?: string|null;
          ensName?: string|null;
          chatId?: string|null;
          messageType?: protobuf.MessageType|null;
          contentType?: protobuf.ChatMessage.ContentType|null;
          sticker?: protobuf.StickerMessage.$Shape|null;
          image?: protobuf.ImageMessage.$Shape|null;
          audio?: protobuf.AudioMessage.$Shape|null;
          community?: Uint8Array|null;
          grant?: Uint8Array|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ payload?: undefined; sticker?: null; image?: null; audio?: null; community?: null }|{ payload?: "sticker"; sticker: protobuf.StickerMessage.$Shape; image?: null; audio?: null; community?: null }|{ payload?: "image"; sticker?: null; image: protobuf.ImageMessage.$Shape; audio?: null; community?: null }|{ payload?: "audio"; sticker?: null; image?: null; audio: protobuf.AudioMessage.$Shape; community?: null }|{ payload?: "community"; sticker?: null; image?: null; audio?: null; community: Uint8Array })
        );

        /** ContentType enum. */
        enum ContentType {

            /** UNKNOWN_CONTENT_TYPE value */
            UNKNOWN_CONTENT_TYPE = 0,

            /** TEXT_PLAIN value */
            TEXT_PLAIN = 1,

            /** STICKER value */
            STICKER = 2,

            /** STATUS value */
            STATUS = 3,

            /** EMOJI value */
            EMOJI = 4,

            /** TRANSACTION_COMMAND value */
            TRANSACTION_COMMAND = 5,

            /** SYSTEM_MESSAGE_CONTENT_PRIVATE_GROUP value */
            SYSTEM_MESSAGE_CONTENT_PRIVATE_GROUP = 6,

            /** IMAGE value */
            IMAGE = 7,

            /** AUDIO value */
            AUDIO = 8,

            /** COMMUNITY value */
            COMMUNITY = 9,

            /** SYSTEM_MESSAGE_GAP value */
            SYSTEM_MESSAGE_GAP = 10
        }
    }

    /**
     * Properties of a ContactUpdate.
     * @deprecated Use protobuf.ContactUpdate.$Properties instead.
     */
    interface IContactUpdate extends protobuf.ContactUpdate.$Properties {
    }

    /** Represents a ContactUpdate. */
    class ContactUpdate {

        /**
         * Constructs a new ContactUpdate.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.ContactUpdate.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContactUpdate clock. */
        clock: (number|Long);

        /** ContactUpdate ensName. */
        ensName: string;

        /** ContactUpdate profileImage. */
        profileImage: string;

        /**
         * Creates a new ContactUpdate instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContactUpdate instance
         */
        static create(properties: protobuf.ContactUpdate.$Shape): protobuf.ContactUpdate & protobuf.ContactUpdate.$Shape;
        static create(properties?: protobuf.ContactUpdate.$Properties): protobuf.ContactUpdate;

        /**
         * Encodes the specified ContactUpdate message. Does not implicitly {@link protobuf.ContactUpdate.verify|verify} messages.
         * @param message ContactUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.ContactUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContactUpdate message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.ContactUpdate & protobuf.ContactUpdate.$Shape} ContactUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.ContactUpdate & protobuf.ContactUpdate.$Shape;
    }

    namespace ContactUpdate {

        /** Properties of a ContactUpdate. */
        interface $Properties {

            /** ContactUpdate clock */
            clock?: (number|Long|null);

            /** ContactUpdate ensName */
            ensName?: (string|null);

            /** ContactUpdate profileImage */
            profileImage?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContactUpdate. */
        type $Shape = protobuf.ContactUpdate.$Properties;
    }

    /**
     * Properties of a PairInstallation.
     * @deprecated Use protobuf.PairInstallation.$Properties instead.
     */
    interface IPairInstallation extends protobuf.PairInstallation.$Properties {
    }

    /** Represents a PairInstallation. */
    class PairInstallation {

        /**
         * Constructs a new PairInstallation.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PairInstallation.$Properties);

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
        static create(properties: protobuf.PairInstallation.$Shape): protobuf.PairInstallation & protobuf.PairInstallation.$Shape;
        static create(properties?: protobuf.PairInstallation.$Properties): protobuf.PairInstallation;

        /**
         * Encodes the specified PairInstallation message. Does not implicitly {@link protobuf.PairInstallation.verify|verify} messages.
         * @param message PairInstallation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PairInstallation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PairInstallation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PairInstallation & protobuf.PairInstallation.$Shape} PairInstallation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PairInstallation & protobuf.PairInstallation.$Shape;
    }

    namespace PairInstallation {

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
        type $Shape = protobuf.PairInstallation.$Properties;
    }

    /**
     * Properties of a SyncInstallationContact.
     * @deprecated Use protobuf.SyncInstallationContact.$Properties instead.
     */
    interface ISyncInstallationContact extends protobuf.SyncInstallationContact.$Properties {
    }

    /** Represents a SyncInstallationContact. */
    class SyncInstallationContact {

        /**
         * Constructs a new SyncInstallationContact.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.SyncInstallationContact.$Properties);

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
        static create(properties: protobuf.SyncInstallationContact.$Shape): protobuf.SyncInstallationContact & protobuf.SyncInstallationContact.$Shape;
        static create(properties?: protobuf.SyncInstallationContact.$Properties): protobuf.SyncInstallationContact;

        /**
         * Encodes the specified SyncInstallationContact message. Does not implicitly {@link protobuf.SyncInstallationContact.verify|verify} messages.
         * @param message SyncInstallationContact message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.SyncInstallationContact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncInstallationContact message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.SyncInstallationContact & protobuf.SyncInstallationContact.$Shape} SyncInstallationContact
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.SyncInstallationContact & protobuf.SyncInstallationContact.$Shape;
    }

    namespace SyncInstallationContact {

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
        type $Shape = protobuf.SyncInstallationContact.$Properties;
    }

    /**
     * Properties of a SyncInstallationAccount.
     * @deprecated Use protobuf.SyncInstallationAccount.$Properties instead.
     */
    interface ISyncInstallationAccount extends protobuf.SyncInstallationAccount.$Properties {
    }

    /** Represents a SyncInstallationAccount. */
    class SyncInstallationAccount {

        /**
         * Constructs a new SyncInstallationAccount.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.SyncInstallationAccount.$Properties);

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
        static create(properties: protobuf.SyncInstallationAccount.$Shape): protobuf.SyncInstallationAccount & protobuf.SyncInstallationAccount.$Shape;
        static create(properties?: protobuf.SyncInstallationAccount.$Properties): protobuf.SyncInstallationAccount;

        /**
         * Encodes the specified SyncInstallationAccount message. Does not implicitly {@link protobuf.SyncInstallationAccount.verify|verify} messages.
         * @param message SyncInstallationAccount message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.SyncInstallationAccount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncInstallationAccount message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.SyncInstallationAccount & protobuf.SyncInstallationAccount.$Shape} SyncInstallationAccount
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.SyncInstallationAccount & protobuf.SyncInstallationAccount.$Shape;
    }

    namespace SyncInstallationAccount {

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
        type $Shape = protobuf.SyncInstallationAccount.$Properties;
    }

    /**
     * Properties of a SyncInstallationPublicChat.
     * @deprecated Use protobuf.SyncInstallationPublicChat.$Properties instead.
     */
    interface ISyncInstallationPublicChat extends protobuf.SyncInstallationPublicChat.$Properties {
    }

    /** Represents a SyncInstallationPublicChat. */
    class SyncInstallationPublicChat {

        /**
         * Constructs a new SyncInstallationPublicChat.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.SyncInstallationPublicChat.$Properties);

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
        static create(properties: protobuf.SyncInstallationPublicChat.$Shape): protobuf.SyncInstallationPublicChat & protobuf.SyncInstallationPublicChat.$Shape;
        static create(properties?: protobuf.SyncInstallationPublicChat.$Properties): protobuf.SyncInstallationPublicChat;

        /**
         * Encodes the specified SyncInstallationPublicChat message. Does not implicitly {@link protobuf.SyncInstallationPublicChat.verify|verify} messages.
         * @param message SyncInstallationPublicChat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.SyncInstallationPublicChat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncInstallationPublicChat message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.SyncInstallationPublicChat & protobuf.SyncInstallationPublicChat.$Shape} SyncInstallationPublicChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.SyncInstallationPublicChat & protobuf.SyncInstallationPublicChat.$Shape;
    }

    namespace SyncInstallationPublicChat {

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
        type $Shape = protobuf.SyncInstallationPublicChat.$Properties;
    }

    /**
     * Properties of a SyncInstallation.
     * @deprecated Use protobuf.SyncInstallation.$Properties instead.
     */
    interface ISyncInstallation extends protobuf.SyncInstallation.$Properties {
    }

    /** Represents a SyncInstallation. */
    class SyncInstallation {

        /**
         * Constructs a new SyncInstallation.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.SyncInstallation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncInstallation contacts. */
        contacts: protobuf.SyncInstallationContact.$Properties[];

        /** SyncInstallation publicChats. */
        publicChats: protobuf.SyncInstallationPublicChat.$Properties[];

        /** SyncInstallation account. */
        account?: (protobuf.SyncInstallationAccount.$Properties|null);

        /**
         * Creates a new SyncInstallation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncInstallation instance
         */
        static create(properties: protobuf.SyncInstallation.$Shape): protobuf.SyncInstallation & protobuf.SyncInstallation.$Shape;
        static create(properties?: protobuf.SyncInstallation.$Properties): protobuf.SyncInstallation;

        /**
         * Encodes the specified SyncInstallation message. Does not implicitly {@link protobuf.SyncInstallation.verify|verify} messages.
         * @param message SyncInstallation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.SyncInstallation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncInstallation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.SyncInstallation & protobuf.SyncInstallation.$Shape} SyncInstallation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.SyncInstallation & protobuf.SyncInstallation.$Shape;
    }

    namespace SyncInstallation {

        /** Properties of a SyncInstallation. */
        interface $Properties {

            /** SyncInstallation contacts */
            contacts?: (protobuf.SyncInstallationContact.$Properties[]|null);

            /** SyncInstallation publicChats */
            publicChats?: (protobuf.SyncInstallationPublicChat.$Properties[]|null);

            /** SyncInstallation account */
            account?: (protobuf.SyncInstallationAccount.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncInstallation. */
        type $Shape = protobuf.SyncInstallation.$Properties;
    }

    /**
     * Properties of a RequestAddressForTransaction.
     * @deprecated Use protobuf.RequestAddressForTransaction.$Properties instead.
     */
    interface IRequestAddressForTransaction extends protobuf.RequestAddressForTransaction.$Properties {
    }

    /** Represents a RequestAddressForTransaction. */
    class RequestAddressForTransaction {

        /**
         * Constructs a new RequestAddressForTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.RequestAddressForTransaction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RequestAddressForTransaction clock. */
        clock: (number|Long);

        /** RequestAddressForTransaction value. */
        value: string;

        /** RequestAddressForTransaction contract. */
        contract: string;

        /**
         * Creates a new RequestAddressForTransaction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestAddressForTransaction instance
         */
        static create(properties: protobuf.RequestAddressForTransaction.$Shape): protobuf.RequestAddressForTransaction & protobuf.RequestAddressForTransaction.$Shape;
        static create(properties?: protobuf.RequestAddressForTransaction.$Properties): protobuf.RequestAddressForTransaction;

        /**
         * Encodes the specified RequestAddressForTransaction message. Does not implicitly {@link protobuf.RequestAddressForTransaction.verify|verify} messages.
         * @param message RequestAddressForTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.RequestAddressForTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestAddressForTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.RequestAddressForTransaction & protobuf.RequestAddressForTransaction.$Shape} RequestAddressForTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.RequestAddressForTransaction & protobuf.RequestAddressForTransaction.$Shape;
    }

    namespace RequestAddressForTransaction {

        /** Properties of a RequestAddressForTransaction. */
        interface $Properties {

            /** RequestAddressForTransaction clock */
            clock?: (number|Long|null);

            /** RequestAddressForTransaction value */
            value?: (string|null);

            /** RequestAddressForTransaction contract */
            contract?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RequestAddressForTransaction. */
        type $Shape = protobuf.RequestAddressForTransaction.$Properties;
    }

    /**
     * Properties of an AcceptRequestAddressForTransaction.
     * @deprecated Use protobuf.AcceptRequestAddressForTransaction.$Properties instead.
     */
    interface IAcceptRequestAddressForTransaction extends protobuf.AcceptRequestAddressForTransaction.$Properties {
    }

    /** Represents an AcceptRequestAddressForTransaction. */
    class AcceptRequestAddressForTransaction {

        /**
         * Constructs a new AcceptRequestAddressForTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.AcceptRequestAddressForTransaction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AcceptRequestAddressForTransaction clock. */
        clock: (number|Long);

        /** AcceptRequestAddressForTransaction id. */
        id: string;

        /** AcceptRequestAddressForTransaction address. */
        address: string;

        /**
         * Creates a new AcceptRequestAddressForTransaction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AcceptRequestAddressForTransaction instance
         */
        static create(properties: protobuf.AcceptRequestAddressForTransaction.$Shape): protobuf.AcceptRequestAddressForTransaction & protobuf.AcceptRequestAddressForTransaction.$Shape;
        static create(properties?: protobuf.AcceptRequestAddressForTransaction.$Properties): protobuf.AcceptRequestAddressForTransaction;

        /**
         * Encodes the specified AcceptRequestAddressForTransaction message. Does not implicitly {@link protobuf.AcceptRequestAddressForTransaction.verify|verify} messages.
         * @param message AcceptRequestAddressForTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.AcceptRequestAddressForTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AcceptRequestAddressForTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.AcceptRequestAddressForTransaction & protobuf.AcceptRequestAddressForTransaction.$Shape} AcceptRequestAddressForTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.AcceptRequestAddressForTransaction & protobuf.AcceptRequestAddressForTransaction.$Shape;
    }

    namespace AcceptRequestAddressForTransaction {

        /** Properties of an AcceptRequestAddressForTransaction. */
        interface $Properties {

            /** AcceptRequestAddressForTransaction clock */
            clock?: (number|Long|null);

            /** AcceptRequestAddressForTransaction id */
            id?: (string|null);

            /** AcceptRequestAddressForTransaction address */
            address?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AcceptRequestAddressForTransaction. */
        type $Shape = protobuf.AcceptRequestAddressForTransaction.$Properties;
    }

    /**
     * Properties of a DeclineRequestAddressForTransaction.
     * @deprecated Use protobuf.DeclineRequestAddressForTransaction.$Properties instead.
     */
    interface IDeclineRequestAddressForTransaction extends protobuf.DeclineRequestAddressForTransaction.$Properties {
    }

    /** Represents a DeclineRequestAddressForTransaction. */
    class DeclineRequestAddressForTransaction {

        /**
         * Constructs a new DeclineRequestAddressForTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.DeclineRequestAddressForTransaction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeclineRequestAddressForTransaction clock. */
        clock: (number|Long);

        /** DeclineRequestAddressForTransaction id. */
        id: string;

        /**
         * Creates a new DeclineRequestAddressForTransaction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeclineRequestAddressForTransaction instance
         */
        static create(properties: protobuf.DeclineRequestAddressForTransaction.$Shape): protobuf.DeclineRequestAddressForTransaction & protobuf.DeclineRequestAddressForTransaction.$Shape;
        static create(properties?: protobuf.DeclineRequestAddressForTransaction.$Properties): protobuf.DeclineRequestAddressForTransaction;

        /**
         * Encodes the specified DeclineRequestAddressForTransaction message. Does not implicitly {@link protobuf.DeclineRequestAddressForTransaction.verify|verify} messages.
         * @param message DeclineRequestAddressForTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.DeclineRequestAddressForTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeclineRequestAddressForTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.DeclineRequestAddressForTransaction & protobuf.DeclineRequestAddressForTransaction.$Shape} DeclineRequestAddressForTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.DeclineRequestAddressForTransaction & protobuf.DeclineRequestAddressForTransaction.$Shape;
    }

    namespace DeclineRequestAddressForTransaction {

        /** Properties of a DeclineRequestAddressForTransaction. */
        interface $Properties {

            /** DeclineRequestAddressForTransaction clock */
            clock?: (number|Long|null);

            /** DeclineRequestAddressForTransaction id */
            id?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeclineRequestAddressForTransaction. */
        type $Shape = protobuf.DeclineRequestAddressForTransaction.$Properties;
    }

    /**
     * Properties of a DeclineRequestTransaction.
     * @deprecated Use protobuf.DeclineRequestTransaction.$Properties instead.
     */
    interface IDeclineRequestTransaction extends protobuf.DeclineRequestTransaction.$Properties {
    }

    /** Represents a DeclineRequestTransaction. */
    class DeclineRequestTransaction {

        /**
         * Constructs a new DeclineRequestTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.DeclineRequestTransaction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeclineRequestTransaction clock. */
        clock: (number|Long);

        /** DeclineRequestTransaction id. */
        id: string;

        /**
         * Creates a new DeclineRequestTransaction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeclineRequestTransaction instance
         */
        static create(properties: protobuf.DeclineRequestTransaction.$Shape): protobuf.DeclineRequestTransaction & protobuf.DeclineRequestTransaction.$Shape;
        static create(properties?: protobuf.DeclineRequestTransaction.$Properties): protobuf.DeclineRequestTransaction;

        /**
         * Encodes the specified DeclineRequestTransaction message. Does not implicitly {@link protobuf.DeclineRequestTransaction.verify|verify} messages.
         * @param message DeclineRequestTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.DeclineRequestTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeclineRequestTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.DeclineRequestTransaction & protobuf.DeclineRequestTransaction.$Shape} DeclineRequestTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.DeclineRequestTransaction & protobuf.DeclineRequestTransaction.$Shape;
    }

    namespace DeclineRequestTransaction {

        /** Properties of a DeclineRequestTransaction. */
        interface $Properties {

            /** DeclineRequestTransaction clock */
            clock?: (number|Long|null);

            /** DeclineRequestTransaction id */
            id?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeclineRequestTransaction. */
        type $Shape = protobuf.DeclineRequestTransaction.$Properties;
    }

    /**
     * Properties of a RequestTransaction.
     * @deprecated Use protobuf.RequestTransaction.$Properties instead.
     */
    interface IRequestTransaction extends protobuf.RequestTransaction.$Properties {
    }

    /** Represents a RequestTransaction. */
    class RequestTransaction {

        /**
         * Constructs a new RequestTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.RequestTransaction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RequestTransaction clock. */
        clock: (number|Long);

        /** RequestTransaction address. */
        address: string;

        /** RequestTransaction value. */
        value: string;

        /** RequestTransaction contract. */
        contract: string;

        /**
         * Creates a new RequestTransaction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestTransaction instance
         */
        static create(properties: protobuf.RequestTransaction.$Shape): protobuf.RequestTransaction & protobuf.RequestTransaction.$Shape;
        static create(properties?: protobuf.RequestTransaction.$Properties): protobuf.RequestTransaction;

        /**
         * Encodes the specified RequestTransaction message. Does not implicitly {@link protobuf.RequestTransaction.verify|verify} messages.
         * @param message RequestTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.RequestTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.RequestTransaction & protobuf.RequestTransaction.$Shape} RequestTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.RequestTransaction & protobuf.RequestTransaction.$Shape;
    }

    namespace RequestTransaction {

        /** Properties of a RequestTransaction. */
        interface $Properties {

            /** RequestTransaction clock */
            clock?: (number|Long|null);

            /** RequestTransaction address */
            address?: (string|null);

            /** RequestTransaction value */
            value?: (string|null);

            /** RequestTransaction contract */
            contract?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RequestTransaction. */
        type $Shape = protobuf.RequestTransaction.$Properties;
    }

    /**
     * Properties of a SendTransaction.
     * @deprecated Use protobuf.SendTransaction.$Properties instead.
     */
    interface ISendTransaction extends protobuf.SendTransaction.$Properties {
    }

    /** Represents a SendTransaction. */
    class SendTransaction {

        /**
         * Constructs a new SendTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.SendTransaction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SendTransaction clock. */
        clock: (number|Long);

        /** SendTransaction id. */
        id: string;

        /** SendTransaction transactionHash. */
        transactionHash: string;

        /** SendTransaction signature. */
        signature: Uint8Array;

        /**
         * Creates a new SendTransaction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SendTransaction instance
         */
        static create(properties: protobuf.SendTransaction.$Shape): protobuf.SendTransaction & protobuf.SendTransaction.$Shape;
        static create(properties?: protobuf.SendTransaction.$Properties): protobuf.SendTransaction;

        /**
         * Encodes the specified SendTransaction message. Does not implicitly {@link protobuf.SendTransaction.verify|verify} messages.
         * @param message SendTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.SendTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SendTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.SendTransaction & protobuf.SendTransaction.$Shape} SendTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.SendTransaction & protobuf.SendTransaction.$Shape;
    }

    namespace SendTransaction {

        /** Properties of a SendTransaction. */
        interface $Properties {

            /** SendTransaction clock */
            clock?: (number|Long|null);

            /** SendTransaction id */
            id?: (string|null);

            /** SendTransaction transactionHash */
            transactionHash?: (string|null);

            /** SendTransaction signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SendTransaction. */
        type $Shape = protobuf.SendTransaction.$Properties;
    }

    /**
     * Properties of an EmojiReaction.
     * @deprecated Use protobuf.EmojiReaction.$Properties instead.
     */
    interface IEmojiReaction extends protobuf.EmojiReaction.$Properties {
    }

    /** Represents an EmojiReaction. */
    class EmojiReaction {

        /**
         * Constructs a new EmojiReaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.EmojiReaction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EmojiReaction clock. */
        clock: (number|Long);

        /** EmojiReaction chatId. */
        chatId: string;

        /** EmojiReaction messageId. */
        messageId: string;

        /** EmojiReaction messageType. */
        messageType: protobuf.MessageType;

        /** EmojiReaction type. */
        type: protobuf.EmojiReaction.Type;

        /** EmojiReaction retracted. */
        retracted: boolean;

        /** EmojiReaction grant. */
        grant: Uint8Array;

        /**
         * Creates a new EmojiReaction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EmojiReaction instance
         */
        static create(properties: protobuf.EmojiReaction.$Shape): protobuf.EmojiReaction & protobuf.EmojiReaction.$Shape;
        static create(properties?: protobuf.EmojiReaction.$Properties): protobuf.EmojiReaction;

        /**
         * Encodes the specified EmojiReaction message. Does not implicitly {@link protobuf.EmojiReaction.verify|verify} messages.
         * @param message EmojiReaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.EmojiReaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EmojiReaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.EmojiReaction & protobuf.EmojiReaction.$Shape} EmojiReaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.EmojiReaction & protobuf.EmojiReaction.$Shape;
    }

    namespace EmojiReaction {

        /** Properties of an EmojiReaction. */
        interface $Properties {

            /** EmojiReaction clock */
            clock?: (number|Long|null);

            /** EmojiReaction chatId */
            chatId?: (string|null);

            /** EmojiReaction messageId */
            messageId?: (string|null);

            /** EmojiReaction messageType */
            messageType?: (protobuf.MessageType|null);

            /** EmojiReaction type */
            type?: (protobuf.EmojiReaction.Type|null);

            /** EmojiReaction retracted */
            retracted?: (boolean|null);

            /** EmojiReaction grant */
            grant?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EmojiReaction. */
        type $Shape = protobuf.EmojiReaction.$Properties;

        /** Type enum. */
        enum Type {

            /** UNKNOWN_EMOJI_REACTION_TYPE value */
            UNKNOWN_EMOJI_REACTION_TYPE = 0,

            /** LOVE value */
            LOVE = 1,

            /** THUMBS_UP value */
            THUMBS_UP = 2,

            /** THUMBS_DOWN value */
            THUMBS_DOWN = 3,

            /** LAUGH value */
            LAUGH = 4,

            /** SAD value */
            SAD = 5,

            /** ANGRY value */
            ANGRY = 6
        }
    }

    /**
     * Properties of a MembershipUpdateEvent.
     * @deprecated Use protobuf.MembershipUpdateEvent.$Properties instead.
     */
    interface IMembershipUpdateEvent extends protobuf.MembershipUpdateEvent.$Properties {
    }

    /** Represents a MembershipUpdateEvent. */
    class MembershipUpdateEvent {

        /**
         * Constructs a new MembershipUpdateEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.MembershipUpdateEvent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembershipUpdateEvent clock. */
        clock: (number|Long);

        /** MembershipUpdateEvent members. */
        members: string[];

        /** MembershipUpdateEvent name. */
        name: string;

        /** MembershipUpdateEvent type. */
        type: protobuf.MembershipUpdateEvent.EventType;

        /**
         * Creates a new MembershipUpdateEvent instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MembershipUpdateEvent instance
         */
        static create(properties: protobuf.MembershipUpdateEvent.$Shape): protobuf.MembershipUpdateEvent & protobuf.MembershipUpdateEvent.$Shape;
        static create(properties?: protobuf.MembershipUpdateEvent.$Properties): protobuf.MembershipUpdateEvent;

        /**
         * Encodes the specified MembershipUpdateEvent message. Does not implicitly {@link protobuf.MembershipUpdateEvent.verify|verify} messages.
         * @param message MembershipUpdateEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.MembershipUpdateEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembershipUpdateEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.MembershipUpdateEvent & protobuf.MembershipUpdateEvent.$Shape} MembershipUpdateEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.MembershipUpdateEvent & protobuf.MembershipUpdateEvent.$Shape;
    }

    namespace MembershipUpdateEvent {

        /** Properties of a MembershipUpdateEvent. */
        interface $Properties {

            /** MembershipUpdateEvent clock */
            clock?: (number|Long|null);

            /** MembershipUpdateEvent members */
            members?: (string[]|null);

            /** MembershipUpdateEvent name */
            name?: (string|null);

            /** MembershipUpdateEvent type */
            type?: (protobuf.MembershipUpdateEvent.EventType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MembershipUpdateEvent. */
        type $Shape = protobuf.MembershipUpdateEvent.$Properties;

        /** EventType enum. */
        enum EventType {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** CHAT_CREATED value */
            CHAT_CREATED = 1,

            /** NAME_CHANGED value */
            NAME_CHANGED = 2,

            /** MEMBERS_ADDED value */
            MEMBERS_ADDED = 3,

            /** MEMBER_JOINED value */
            MEMBER_JOINED = 4,

            /** MEMBER_REMOVED value */
            MEMBER_REMOVED = 5,

            /** ADMINS_ADDED value */
            ADMINS_ADDED = 6,

            /** ADMIN_REMOVED value */
            ADMIN_REMOVED = 7
        }
    }

    /**
     * Properties of a MembershipUpdateMessage.
     * @deprecated Use protobuf.MembershipUpdateMessage.$Properties instead.
     */
    interface IMembershipUpdateMessage extends protobuf.MembershipUpdateMessage.$Properties {
    }

    /** Represents a MembershipUpdateMessage. */
    class MembershipUpdateMessage {

        /**
         * Constructs a new MembershipUpdateMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.MembershipUpdateMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembershipUpdateMessage chatId. */
        chatId: string;

        /** MembershipUpdateMessage events. */
        events: Uint8Array[];

        /** MembershipUpdateMessage message. */
        message?: (protobuf.ChatMessage.$Properties|null);

        /** MembershipUpdateMessage emojiReaction. */
        emojiReaction?: (protobuf.EmojiReaction.$Properties|null);

        /** MembershipUpdateMessage chatEntity. */
        chatEntity?: ("message"|"emojiReaction");

        /**
         * Creates a new MembershipUpdateMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MembershipUpdateMessage instance
         */
        static create(properties: protobuf.MembershipUpdateMessage.$Shape): protobuf.MembershipUpdateMessage & protobuf.MembershipUpdateMessage.$Shape;
        static create(properties?: protobuf.MembershipUpdateMessage.$Properties): protobuf.MembershipUpdateMessage;

        /**
         * Encodes the specified MembershipUpdateMessage message. Does not implicitly {@link protobuf.MembershipUpdateMessage.verify|verify} messages.
         * @param message MembershipUpdateMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.MembershipUpdateMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembershipUpdateMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.MembershipUpdateMessage & protobuf.MembershipUpdateMessage.$Shape} MembershipUpdateMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.MembershipUpdateMessage & protobuf.MembershipUpdateMessage.$Shape;
    }

    namespace MembershipUpdateMessage {

        /** Properties of a MembershipUpdateMessage. */
        interface $Properties {

            /** MembershipUpdateMessage chatId */
            chatId?: (string|null);

            /** MembershipUpdateMessage events */
            events?: (Uint8Array[]|null);

            /** MembershipUpdateMessage message */
            message?: (protobuf.ChatMessage.$Properties|null);

            /** MembershipUpdateMessage emojiReaction */
            emojiReaction?: (protobuf.EmojiReaction.$Properties|null);

            /** MembershipUpdateMessage chatEntity */
            chatEntity?: ("message"|"emojiReaction");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a MembershipUpdateMessage. */
        type $Shape = {
          chatId?: string|null;
          events?: Uint8Array[]|null;
          message?: protobuf.ChatMessage.$Shape|null;
          emojiReaction?: protobuf.EmojiReaction.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ chatEntity?: undefined; message?: null; emojiReaction?: null }|{ chatEntity?: "message"; message: protobuf.ChatMessage.$Shape; emojiReaction?: null }|{ chatEntity?: "emojiReaction"; message?: null; emojiReaction: protobuf.EmojiReaction.$Shape })
        );
    }

    /**
     * Properties of a GroupChatInvitation.
     * @deprecated Use protobuf.GroupChatInvitation.$Properties instead.
     */
    interface IGroupChatInvitation extends protobuf.GroupChatInvitation.$Properties {
    }

    /** Represents a GroupChatInvitation. */
    class GroupChatInvitation {

        /**
         * Constructs a new GroupChatInvitation.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.GroupChatInvitation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupChatInvitation clock. */
        clock: (number|Long);

        /** GroupChatInvitation chatId. */
        chatId: string;

        /** GroupChatInvitation introductionMessage. */
        introductionMessage: string;

        /** GroupChatInvitation state. */
        state: protobuf.GroupChatInvitation.State;

        /**
         * Creates a new GroupChatInvitation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GroupChatInvitation instance
         */
        static create(properties: protobuf.GroupChatInvitation.$Shape): protobuf.GroupChatInvitation & protobuf.GroupChatInvitation.$Shape;
        static create(properties?: protobuf.GroupChatInvitation.$Properties): protobuf.GroupChatInvitation;

        /**
         * Encodes the specified GroupChatInvitation message. Does not implicitly {@link protobuf.GroupChatInvitation.verify|verify} messages.
         * @param message GroupChatInvitation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.GroupChatInvitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupChatInvitation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.GroupChatInvitation & protobuf.GroupChatInvitation.$Shape} GroupChatInvitation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.GroupChatInvitation & protobuf.GroupChatInvitation.$Shape;
    }

    namespace GroupChatInvitation {

        /** Properties of a GroupChatInvitation. */
        interface $Properties {

            /** GroupChatInvitation clock */
            clock?: (number|Long|null);

            /** GroupChatInvitation chatId */
            chatId?: (string|null);

            /** GroupChatInvitation introductionMessage */
            introductionMessage?: (string|null);

            /** GroupChatInvitation state */
            state?: (protobuf.GroupChatInvitation.State|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupChatInvitation. */
        type $Shape = protobuf.GroupChatInvitation.$Properties;

        /** State enum. */
        enum State {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** REQUEST value */
            REQUEST = 1,

            /** REJECTED value */
            REJECTED = 2,

            /** APPROVED value */
            APPROVED = 3
        }
    }

    /**
     * Properties of a PushNotificationRegistration.
     * @deprecated Use protobuf.PushNotificationRegistration.$Properties instead.
     */
    interface IPushNotificationRegistration extends protobuf.PushNotificationRegistration.$Properties {
    }

    /** Represents a PushNotificationRegistration. */
    class PushNotificationRegistration {

        /**
         * Constructs a new PushNotificationRegistration.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PushNotificationRegistration.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationRegistration tokenType. */
        tokenType: protobuf.PushNotificationRegistration.TokenType;

        /** PushNotificationRegistration deviceToken. */
        deviceToken: string;

        /** PushNotificationRegistration installationId. */
        installationId: string;

        /** PushNotificationRegistration accessToken. */
        accessToken: string;

        /** PushNotificationRegistration enabled. */
        enabled: boolean;

        /** PushNotificationRegistration version. */
        version: (number|Long);

        /** PushNotificationRegistration allowedKeyList. */
        allowedKeyList: Uint8Array[];

        /** PushNotificationRegistration blockedChatList. */
        blockedChatList: Uint8Array[];

        /** PushNotificationRegistration unregister. */
        unregister: boolean;

        /** PushNotificationRegistration grant. */
        grant: Uint8Array;

        /** PushNotificationRegistration allowFromContactsOnly. */
        allowFromContactsOnly: boolean;

        /** PushNotificationRegistration apnTopic. */
        apnTopic: string;

        /** PushNotificationRegistration blockMentions. */
        blockMentions: boolean;

        /** PushNotificationRegistration allowedMentionsChatList. */
        allowedMentionsChatList: Uint8Array[];

        /**
         * Creates a new PushNotificationRegistration instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationRegistration instance
         */
        static create(properties: protobuf.PushNotificationRegistration.$Shape): protobuf.PushNotificationRegistration & protobuf.PushNotificationRegistration.$Shape;
        static create(properties?: protobuf.PushNotificationRegistration.$Properties): protobuf.PushNotificationRegistration;

        /**
         * Encodes the specified PushNotificationRegistration message. Does not implicitly {@link protobuf.PushNotificationRegistration.verify|verify} messages.
         * @param message PushNotificationRegistration message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PushNotificationRegistration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationRegistration message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationRegistration & protobuf.PushNotificationRegistration.$Shape} PushNotificationRegistration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PushNotificationRegistration & protobuf.PushNotificationRegistration.$Shape;
    }

    namespace PushNotificationRegistration {

        /** Properties of a PushNotificationRegistration. */
        interface $Properties {

            /** PushNotificationRegistration tokenType */
            tokenType?: (protobuf.PushNotificationRegistration.TokenType|null);

            /** PushNotificationRegistration deviceToken */
            deviceToken?: (string|null);

            /** PushNotificationRegistration installationId */
            installationId?: (string|null);

            /** PushNotificationRegistration accessToken */
            accessToken?: (string|null);

            /** PushNotificationRegistration enabled */
            enabled?: (boolean|null);

            /** PushNotificationRegistration version */
            version?: (number|Long|null);

            /** PushNotificationRegistration allowedKeyList */
            allowedKeyList?: (Uint8Array[]|null);

            /** PushNotificationRegistration blockedChatList */
            blockedChatList?: (Uint8Array[]|null);

            /** PushNotificationRegistration unregister */
            unregister?: (boolean|null);

            /** PushNotificationRegistration grant */
            grant?: (Uint8Array|null);

            /** PushNotificationRegistration allowFromContactsOnly */
            allowFromContactsOnly?: (boolean|null);

            /** PushNotificationRegistration apnTopic */
            apnTopic?: (string|null);

            /** PushNotificationRegistration blockMentions */
            blockMentions?: (boolean|null);

            /** PushNotificationRegistration allowedMentionsChatList */
            allowedMentionsChatList?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationRegistration. */
        type $Shape = protobuf.PushNotificationRegistration.$Properties;

        /** TokenType enum. */
        enum TokenType {

            /** UNKNOWN_TOKEN_TYPE value */
            UNKNOWN_TOKEN_TYPE = 0,

            /** APN_TOKEN value */
            APN_TOKEN = 1,

            /** FIREBASE_TOKEN value */
            FIREBASE_TOKEN = 2
        }
    }

    /**
     * Properties of a PushNotificationRegistrationResponse.
     * @deprecated Use protobuf.PushNotificationRegistrationResponse.$Properties instead.
     */
    interface IPushNotificationRegistrationResponse extends protobuf.PushNotificationRegistrationResponse.$Properties {
    }

    /** Represents a PushNotificationRegistrationResponse. */
    class PushNotificationRegistrationResponse {

        /**
         * Constructs a new PushNotificationRegistrationResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PushNotificationRegistrationResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationRegistrationResponse success. */
        success: boolean;

        /** PushNotificationRegistrationResponse error. */
        error: protobuf.PushNotificationRegistrationResponse.ErrorType;

        /** PushNotificationRegistrationResponse requestId. */
        requestId: Uint8Array;

        /**
         * Creates a new PushNotificationRegistrationResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationRegistrationResponse instance
         */
        static create(properties: protobuf.PushNotificationRegistrationResponse.$Shape): protobuf.PushNotificationRegistrationResponse & protobuf.PushNotificationRegistrationResponse.$Shape;
        static create(properties?: protobuf.PushNotificationRegistrationResponse.$Properties): protobuf.PushNotificationRegistrationResponse;

        /**
         * Encodes the specified PushNotificationRegistrationResponse message. Does not implicitly {@link protobuf.PushNotificationRegistrationResponse.verify|verify} messages.
         * @param message PushNotificationRegistrationResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PushNotificationRegistrationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationRegistrationResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationRegistrationResponse & protobuf.PushNotificationRegistrationResponse.$Shape} PushNotificationRegistrationResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PushNotificationRegistrationResponse & protobuf.PushNotificationRegistrationResponse.$Shape;
    }

    namespace PushNotificationRegistrationResponse {

        /** Properties of a PushNotificationRegistrationResponse. */
        interface $Properties {

            /** PushNotificationRegistrationResponse success */
            success?: (boolean|null);

            /** PushNotificationRegistrationResponse error */
            error?: (protobuf.PushNotificationRegistrationResponse.ErrorType|null);

            /** PushNotificationRegistrationResponse requestId */
            requestId?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationRegistrationResponse. */
        type $Shape = protobuf.PushNotificationRegistrationResponse.$Properties;

        /** ErrorType enum. */
        enum ErrorType {

            /** UNKNOWN_ERROR_TYPE value */
            UNKNOWN_ERROR_TYPE = 0,

            /** MALFORMED_MESSAGE value */
            MALFORMED_MESSAGE = 1,

            /** VERSION_MISMATCH value */
            VERSION_MISMATCH = 2,

            /** UNSUPPORTED_TOKEN_TYPE value */
            UNSUPPORTED_TOKEN_TYPE = 3,

            /** INTERNAL_ERROR value */
            INTERNAL_ERROR = 4
        }
    }

    /**
     * Properties of a ContactCodeAdvertisement.
     * @deprecated Use protobuf.ContactCodeAdvertisement.$Properties instead.
     */
    interface IContactCodeAdvertisement extends protobuf.ContactCodeAdvertisement.$Properties {
    }

    /** Represents a ContactCodeAdvertisement. */
    class ContactCodeAdvertisement {

        /**
         * Constructs a new ContactCodeAdvertisement.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.ContactCodeAdvertisement.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContactCodeAdvertisement pushNotificationInfo. */
        pushNotificationInfo: protobuf.PushNotificationQueryInfo.$Properties[];

        /**
         * Creates a new ContactCodeAdvertisement instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContactCodeAdvertisement instance
         */
        static create(properties: protobuf.ContactCodeAdvertisement.$Shape): protobuf.ContactCodeAdvertisement & protobuf.ContactCodeAdvertisement.$Shape;
        static create(properties?: protobuf.ContactCodeAdvertisement.$Properties): protobuf.ContactCodeAdvertisement;

        /**
         * Encodes the specified ContactCodeAdvertisement message. Does not implicitly {@link protobuf.ContactCodeAdvertisement.verify|verify} messages.
         * @param message ContactCodeAdvertisement message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.ContactCodeAdvertisement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContactCodeAdvertisement message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.ContactCodeAdvertisement & protobuf.ContactCodeAdvertisement.$Shape} ContactCodeAdvertisement
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.ContactCodeAdvertisement & protobuf.ContactCodeAdvertisement.$Shape;
    }

    namespace ContactCodeAdvertisement {

        /** Properties of a ContactCodeAdvertisement. */
        interface $Properties {

            /** ContactCodeAdvertisement pushNotificationInfo */
            pushNotificationInfo?: (protobuf.PushNotificationQueryInfo.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContactCodeAdvertisement. */
        type $Shape = protobuf.ContactCodeAdvertisement.$Properties;
    }

    /**
     * Properties of a PushNotificationQuery.
     * @deprecated Use protobuf.PushNotificationQuery.$Properties instead.
     */
    interface IPushNotificationQuery extends protobuf.PushNotificationQuery.$Properties {
    }

    /** Represents a PushNotificationQuery. */
    class PushNotificationQuery {

        /**
         * Constructs a new PushNotificationQuery.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PushNotificationQuery.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationQuery publicKeys. */
        publicKeys: Uint8Array[];

        /**
         * Creates a new PushNotificationQuery instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationQuery instance
         */
        static create(properties: protobuf.PushNotificationQuery.$Shape): protobuf.PushNotificationQuery & protobuf.PushNotificationQuery.$Shape;
        static create(properties?: protobuf.PushNotificationQuery.$Properties): protobuf.PushNotificationQuery;

        /**
         * Encodes the specified PushNotificationQuery message. Does not implicitly {@link protobuf.PushNotificationQuery.verify|verify} messages.
         * @param message PushNotificationQuery message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PushNotificationQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationQuery message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationQuery & protobuf.PushNotificationQuery.$Shape} PushNotificationQuery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PushNotificationQuery & protobuf.PushNotificationQuery.$Shape;
    }

    namespace PushNotificationQuery {

        /** Properties of a PushNotificationQuery. */
        interface $Properties {

            /** PushNotificationQuery publicKeys */
            publicKeys?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationQuery. */
        type $Shape = protobuf.PushNotificationQuery.$Properties;
    }

    /**
     * Properties of a PushNotificationQueryInfo.
     * @deprecated Use protobuf.PushNotificationQueryInfo.$Properties instead.
     */
    interface IPushNotificationQueryInfo extends protobuf.PushNotificationQueryInfo.$Properties {
    }

    /** Represents a PushNotificationQueryInfo. */
    class PushNotificationQueryInfo {

        /**
         * Constructs a new PushNotificationQueryInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PushNotificationQueryInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationQueryInfo accessToken. */
        accessToken: string;

        /** PushNotificationQueryInfo installationId. */
        installationId: string;

        /** PushNotificationQueryInfo publicKey. */
        publicKey: Uint8Array;

        /** PushNotificationQueryInfo allowedKeyList. */
        allowedKeyList: Uint8Array[];

        /** PushNotificationQueryInfo grant. */
        grant: Uint8Array;

        /** PushNotificationQueryInfo version. */
        version: (number|Long);

        /** PushNotificationQueryInfo serverPublicKey. */
        serverPublicKey: Uint8Array;

        /**
         * Creates a new PushNotificationQueryInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationQueryInfo instance
         */
        static create(properties: protobuf.PushNotificationQueryInfo.$Shape): protobuf.PushNotificationQueryInfo & protobuf.PushNotificationQueryInfo.$Shape;
        static create(properties?: protobuf.PushNotificationQueryInfo.$Properties): protobuf.PushNotificationQueryInfo;

        /**
         * Encodes the specified PushNotificationQueryInfo message. Does not implicitly {@link protobuf.PushNotificationQueryInfo.verify|verify} messages.
         * @param message PushNotificationQueryInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PushNotificationQueryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationQueryInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationQueryInfo & protobuf.PushNotificationQueryInfo.$Shape} PushNotificationQueryInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PushNotificationQueryInfo & protobuf.PushNotificationQueryInfo.$Shape;
    }

    namespace PushNotificationQueryInfo {

        /** Properties of a PushNotificationQueryInfo. */
        interface $Properties {

            /** PushNotificationQueryInfo accessToken */
            accessToken?: (string|null);

            /** PushNotificationQueryInfo installationId */
            installationId?: (string|null);

            /** PushNotificationQueryInfo publicKey */
            publicKey?: (Uint8Array|null);

            /** PushNotificationQueryInfo allowedKeyList */
            allowedKeyList?: (Uint8Array[]|null);

            /** PushNotificationQueryInfo grant */
            grant?: (Uint8Array|null);

            /** PushNotificationQueryInfo version */
            version?: (number|Long|null);

            /** PushNotificationQueryInfo serverPublicKey */
            serverPublicKey?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationQueryInfo. */
        type $Shape = protobuf.PushNotificationQueryInfo.$Properties;
    }

    /**
     * Properties of a PushNotificationQueryResponse.
     * @deprecated Use protobuf.PushNotificationQueryResponse.$Properties instead.
     */
    interface IPushNotificationQueryResponse extends protobuf.PushNotificationQueryResponse.$Properties {
    }

    /** Represents a PushNotificationQueryResponse. */
    class PushNotificationQueryResponse {

        /**
         * Constructs a new PushNotificationQueryResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PushNotificationQueryResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationQueryResponse info. */
        info: protobuf.PushNotificationQueryInfo.$Properties[];

        /** PushNotificationQueryResponse messageId. */
        messageId: Uint8Array;

        /** PushNotificationQueryResponse success. */
        success: boolean;

        /**
         * Creates a new PushNotificationQueryResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationQueryResponse instance
         */
        static create(properties: protobuf.PushNotificationQueryResponse.$Shape): protobuf.PushNotificationQueryResponse & protobuf.PushNotificationQueryResponse.$Shape;
        static create(properties?: protobuf.PushNotificationQueryResponse.$Properties): protobuf.PushNotificationQueryResponse;

        /**
         * Encodes the specified PushNotificationQueryResponse message. Does not implicitly {@link protobuf.PushNotificationQueryResponse.verify|verify} messages.
         * @param message PushNotificationQueryResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PushNotificationQueryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationQueryResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationQueryResponse & protobuf.PushNotificationQueryResponse.$Shape} PushNotificationQueryResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PushNotificationQueryResponse & protobuf.PushNotificationQueryResponse.$Shape;
    }

    namespace PushNotificationQueryResponse {

        /** Properties of a PushNotificationQueryResponse. */
        interface $Properties {

            /** PushNotificationQueryResponse info */
            info?: (protobuf.PushNotificationQueryInfo.$Properties[]|null);

            /** PushNotificationQueryResponse messageId */
            messageId?: (Uint8Array|null);

            /** PushNotificationQueryResponse success */
            success?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationQueryResponse. */
        type $Shape = protobuf.PushNotificationQueryResponse.$Properties;
    }

    /**
     * Properties of a PushNotification.
     * @deprecated Use protobuf.PushNotification.$Properties instead.
     */
    interface IPushNotification extends protobuf.PushNotification.$Properties {
    }

    /** Represents a PushNotification. */
    class PushNotification {

        /**
         * Constructs a new PushNotification.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PushNotification.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotification accessToken. */
        accessToken: string;

        /** PushNotification chatId. */
        chatId: Uint8Array;

        /** PushNotification publicKey. */
        publicKey: Uint8Array;

        /** PushNotification installationId. */
        installationId: string;

        /** PushNotification message. */
        message: Uint8Array;

        /** PushNotification type. */
        type: protobuf.PushNotification.PushNotificationType;

        /** PushNotification author. */
        author: Uint8Array;

        /**
         * Creates a new PushNotification instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotification instance
         */
        static create(properties: protobuf.PushNotification.$Shape): protobuf.PushNotification & protobuf.PushNotification.$Shape;
        static create(properties?: protobuf.PushNotification.$Properties): protobuf.PushNotification;

        /**
         * Encodes the specified PushNotification message. Does not implicitly {@link protobuf.PushNotification.verify|verify} messages.
         * @param message PushNotification message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PushNotification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotification message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PushNotification & protobuf.PushNotification.$Shape} PushNotification
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PushNotification & protobuf.PushNotification.$Shape;
    }

    namespace PushNotification {

        /** Properties of a PushNotification. */
        interface $Properties {

            /** PushNotification accessToken */
            accessToken?: (string|null);

            /** PushNotification chatId */
            chatId?: (Uint8Array|null);

            /** PushNotification publicKey */
            publicKey?: (Uint8Array|null);

            /** PushNotification installationId */
            installationId?: (string|null);

            /** PushNotification message */
            message?: (Uint8Array|null);

            /** PushNotification type */
            type?: (protobuf.PushNotification.PushNotificationType|null);

            /** PushNotification author */
            author?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotification. */
        type $Shape = protobuf.PushNotification.$Properties;

        /** PushNotificationType enum. */
        enum PushNotificationType {

            /** UNKNOWN_PUSH_NOTIFICATION_TYPE value */
            UNKNOWN_PUSH_NOTIFICATION_TYPE = 0,

            /** MESSAGE value */
            MESSAGE = 1,

            /** MENTION value */
            MENTION = 2
        }
    }

    /**
     * Properties of a PushNotificationRequest.
     * @deprecated Use protobuf.PushNotificationRequest.$Properties instead.
     */
    interface IPushNotificationRequest extends protobuf.PushNotificationRequest.$Properties {
    }

    /** Represents a PushNotificationRequest. */
    class PushNotificationRequest {

        /**
         * Constructs a new PushNotificationRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PushNotificationRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationRequest requests. */
        requests: protobuf.PushNotification.$Properties[];

        /** PushNotificationRequest messageId. */
        messageId: Uint8Array;

        /**
         * Creates a new PushNotificationRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationRequest instance
         */
        static create(properties: protobuf.PushNotificationRequest.$Shape): protobuf.PushNotificationRequest & protobuf.PushNotificationRequest.$Shape;
        static create(properties?: protobuf.PushNotificationRequest.$Properties): protobuf.PushNotificationRequest;

        /**
         * Encodes the specified PushNotificationRequest message. Does not implicitly {@link protobuf.PushNotificationRequest.verify|verify} messages.
         * @param message PushNotificationRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PushNotificationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationRequest & protobuf.PushNotificationRequest.$Shape} PushNotificationRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PushNotificationRequest & protobuf.PushNotificationRequest.$Shape;
    }

    namespace PushNotificationRequest {

        /** Properties of a PushNotificationRequest. */
        interface $Properties {

            /** PushNotificationRequest requests */
            requests?: (protobuf.PushNotification.$Properties[]|null);

            /** PushNotificationRequest messageId */
            messageId?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationRequest. */
        type $Shape = protobuf.PushNotificationRequest.$Properties;
    }

    /**
     * Properties of a PushNotificationReport.
     * @deprecated Use protobuf.PushNotificationReport.$Properties instead.
     */
    interface IPushNotificationReport extends protobuf.PushNotificationReport.$Properties {
    }

    /** Represents a PushNotificationReport. */
    class PushNotificationReport {

        /**
         * Constructs a new PushNotificationReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PushNotificationReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationReport success. */
        success: boolean;

        /** PushNotificationReport error. */
        error: protobuf.PushNotificationReport.ErrorType;

        /** PushNotificationReport publicKey. */
        publicKey: Uint8Array;

        /** PushNotificationReport installationId. */
        installationId: string;

        /**
         * Creates a new PushNotificationReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationReport instance
         */
        static create(properties: protobuf.PushNotificationReport.$Shape): protobuf.PushNotificationReport & protobuf.PushNotificationReport.$Shape;
        static create(properties?: protobuf.PushNotificationReport.$Properties): protobuf.PushNotificationReport;

        /**
         * Encodes the specified PushNotificationReport message. Does not implicitly {@link protobuf.PushNotificationReport.verify|verify} messages.
         * @param message PushNotificationReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PushNotificationReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationReport & protobuf.PushNotificationReport.$Shape} PushNotificationReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PushNotificationReport & protobuf.PushNotificationReport.$Shape;
    }

    namespace PushNotificationReport {

        /** Properties of a PushNotificationReport. */
        interface $Properties {

            /** PushNotificationReport success */
            success?: (boolean|null);

            /** PushNotificationReport error */
            error?: (protobuf.PushNotificationReport.ErrorType|null);

            /** PushNotificationReport publicKey */
            publicKey?: (Uint8Array|null);

            /** PushNotificationReport installationId */
            installationId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationReport. */
        type $Shape = protobuf.PushNotificationReport.$Properties;

        /** ErrorType enum. */
        enum ErrorType {

            /** UNKNOWN_ERROR_TYPE value */
            UNKNOWN_ERROR_TYPE = 0,

            /** WRONG_TOKEN value */
            WRONG_TOKEN = 1,

            /** INTERNAL_ERROR value */
            INTERNAL_ERROR = 2,

            /** NOT_REGISTERED value */
            NOT_REGISTERED = 3
        }
    }

    /**
     * Properties of a PushNotificationResponse.
     * @deprecated Use protobuf.PushNotificationResponse.$Properties instead.
     */
    interface IPushNotificationResponse extends protobuf.PushNotificationResponse.$Properties {
    }

    /** Represents a PushNotificationResponse. */
    class PushNotificationResponse {

        /**
         * Constructs a new PushNotificationResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PushNotificationResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationResponse messageId. */
        messageId: Uint8Array;

        /** PushNotificationResponse reports. */
        reports: protobuf.PushNotificationReport.$Properties[];

        /**
         * Creates a new PushNotificationResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationResponse instance
         */
        static create(properties: protobuf.PushNotificationResponse.$Shape): protobuf.PushNotificationResponse & protobuf.PushNotificationResponse.$Shape;
        static create(properties?: protobuf.PushNotificationResponse.$Properties): protobuf.PushNotificationResponse;

        /**
         * Encodes the specified PushNotificationResponse message. Does not implicitly {@link protobuf.PushNotificationResponse.verify|verify} messages.
         * @param message PushNotificationResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PushNotificationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationResponse & protobuf.PushNotificationResponse.$Shape} PushNotificationResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PushNotificationResponse & protobuf.PushNotificationResponse.$Shape;
    }

    namespace PushNotificationResponse {

        /** Properties of a PushNotificationResponse. */
        interface $Properties {

            /** PushNotificationResponse messageId */
            messageId?: (Uint8Array|null);

            /** PushNotificationResponse reports */
            reports?: (protobuf.PushNotificationReport.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationResponse. */
        type $Shape = protobuf.PushNotificationResponse.$Properties;
    }

    /**
     * Properties of a ChatIdentity.
     * @deprecated Use protobuf.ChatIdentity.$Properties instead.
     */
    interface IChatIdentity extends protobuf.ChatIdentity.$Properties {
    }

    /** Represents a ChatIdentity. */
    class ChatIdentity {

        /**
         * Constructs a new ChatIdentity.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.ChatIdentity.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChatIdentity clock. */
        clock: (number|Long);

        /** ChatIdentity ensName. */
        ensName: string;

        /** ChatIdentity images. */
        images: { [k: string]: protobuf.IdentityImage.$Properties };

        /** ChatIdentity displayName. */
        displayName: string;

        /** ChatIdentity description. */
        description: string;

        /** ChatIdentity color. */
        color: string;

        /**
         * Creates a new ChatIdentity instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChatIdentity instance
         */
        static create(properties: protobuf.ChatIdentity.$Shape): protobuf.ChatIdentity & protobuf.ChatIdentity.$Shape;
        static create(properties?: protobuf.ChatIdentity.$Properties): protobuf.ChatIdentity;

        /**
         * Encodes the specified ChatIdentity message. Does not implicitly {@link protobuf.ChatIdentity.verify|verify} messages.
         * @param message ChatIdentity message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.ChatIdentity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChatIdentity message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.ChatIdentity & protobuf.ChatIdentity.$Shape} ChatIdentity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.ChatIdentity & protobuf.ChatIdentity.$Shape;
    }

    namespace ChatIdentity {

        /** Properties of a ChatIdentity. */
        interface $Properties {

            /** ChatIdentity clock */
            clock?: (number|Long|null);

            /** ChatIdentity ensName */
            ensName?: (string|null);

            /** ChatIdentity images */
            images?: ({ [k: string]: protobuf.IdentityImage.$Properties }|null);

            /** ChatIdentity displayName */
            displayName?: (string|null);

            /** ChatIdentity description */
            description?: (string|null);

            /** ChatIdentity color */
            color?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChatIdentity. */
        type $Shape = protobuf.ChatIdentity.$Properties;
    }

    /**
     * Properties of an IdentityImage.
     * @deprecated Use protobuf.IdentityImage.$Properties instead.
     */
    interface IIdentityImage extends protobuf.IdentityImage.$Properties {
    }

    /** Represents an IdentityImage. */
    class IdentityImage {

        /**
         * Constructs a new IdentityImage.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.IdentityImage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** IdentityImage payload. */
        payload: Uint8Array;

        /** IdentityImage sourceType. */
        sourceType: protobuf.IdentityImage.SourceType;

        /** IdentityImage imageType. */
        imageType: protobuf.ImageType;

        /**
         * Creates a new IdentityImage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns IdentityImage instance
         */
        static create(properties: protobuf.IdentityImage.$Shape): protobuf.IdentityImage & protobuf.IdentityImage.$Shape;
        static create(properties?: protobuf.IdentityImage.$Properties): protobuf.IdentityImage;

        /**
         * Encodes the specified IdentityImage message. Does not implicitly {@link protobuf.IdentityImage.verify|verify} messages.
         * @param message IdentityImage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.IdentityImage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an IdentityImage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.IdentityImage & protobuf.IdentityImage.$Shape} IdentityImage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.IdentityImage & protobuf.IdentityImage.$Shape;
    }

    namespace IdentityImage {

        /** Properties of an IdentityImage. */
        interface $Properties {

            /** IdentityImage payload */
            payload?: (Uint8Array|null);

            /** IdentityImage sourceType */
            sourceType?: (protobuf.IdentityImage.SourceType|null);

            /** IdentityImage imageType */
            imageType?: (protobuf.ImageType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an IdentityImage. */
        type $Shape = protobuf.IdentityImage.$Properties;

        /** SourceType enum. */
        enum SourceType {

            /** UNKNOWN_SOURCE_TYPE value */
            UNKNOWN_SOURCE_TYPE = 0,

            /** RAW_PAYLOAD value */
            RAW_PAYLOAD = 1,

            /** ENS_AVATAR value */
            ENS_AVATAR = 2
        }
    }

    /**
     * Properties of a PinMessage.
     * @deprecated Use protobuf.PinMessage.$Properties instead.
     */
    interface IPinMessage extends protobuf.PinMessage.$Properties {
    }

    /** Represents a PinMessage. */
    class PinMessage {

        /**
         * Constructs a new PinMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: protobuf.PinMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PinMessage clock. */
        clock: (number|Long);

        /** PinMessage messageId. */
        messageId: string;

        /** PinMessage chatId. */
        chatId: string;

        /** PinMessage pinned. */
        pinned: boolean;

        /** PinMessage messageType. */
        messageType: protobuf.MessageType;

        /**
         * Creates a new PinMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PinMessage instance
         */
        static create(properties: protobuf.PinMessage.$Shape): protobuf.PinMessage & protobuf.PinMessage.$Shape;
        static create(properties?: protobuf.PinMessage.$Properties): protobuf.PinMessage;

        /**
         * Encodes the specified PinMessage message. Does not implicitly {@link protobuf.PinMessage.verify|verify} messages.
         * @param message PinMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: protobuf.PinMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PinMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {protobuf.PinMessage & protobuf.PinMessage.$Shape} PinMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protobuf.PinMessage & protobuf.PinMessage.$Shape;
    }

    namespace PinMessage {

        /** Properties of a PinMessage. */
        interface $Properties {

            /** PinMessage clock */
            clock?: (number|Long|null);

            /** PinMessage messageId */
            messageId?: (string|null);

            /** PinMessage chatId */
            chatId?: (string|null);

            /** PinMessage pinned */
            pinned?: (boolean|null);

            /** PinMessage messageType */
            messageType?: (protobuf.MessageType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PinMessage. */
        type $Shape = protobuf.PinMessage.$Properties;
    }
}
