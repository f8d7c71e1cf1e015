import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");


    /**
     * Properties of an ApplicationMetadataMessage.
     * @deprecated Use ApplicationMetadataMessage.$Properties instead.
     */
    export interface IApplicationMetadataMessage extends ApplicationMetadataMessage.$Properties {
    }

    /** Represents an ApplicationMetadataMessage. */
    export class ApplicationMetadataMessage {

        /**
         * Constructs a new ApplicationMetadataMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: ApplicationMetadataMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ApplicationMetadataMessage signature. */
        signature: Uint8Array;

        /** ApplicationMetadataMessage payload. */
        payload: Uint8Array;

        /** ApplicationMetadataMessage type. */
        type: ApplicationMetadataMessage.Type;

        /**
         * Creates a new ApplicationMetadataMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ApplicationMetadataMessage instance
         */
        static create(properties: ApplicationMetadataMessage.$Shape): ApplicationMetadataMessage & ApplicationMetadataMessage.$Shape;
        static create(properties?: ApplicationMetadataMessage.$Properties): ApplicationMetadataMessage;

        /**
         * Encodes the specified ApplicationMetadataMessage message. Does not implicitly {@link ApplicationMetadataMessage.verify|verify} messages.
         * @param message ApplicationMetadataMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ApplicationMetadataMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ApplicationMetadataMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ApplicationMetadataMessage & ApplicationMetadataMessage.$Shape} ApplicationMetadataMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ApplicationMetadataMessage & ApplicationMetadataMessage.$Shape;
    }

    export namespace ApplicationMetadataMessage {

        /** Properties of an ApplicationMetadataMessage. */
        interface $Properties {

            /** ApplicationMetadataMessage signature */
            signature?: (Uint8Array|null);

            /** ApplicationMetadataMessage payload */
            payload?: (Uint8Array|null);

            /** ApplicationMetadataMessage type */
            type?: (ApplicationMetadataMessage.Type|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ApplicationMetadataMessage. */
        type $Shape = ApplicationMetadataMessage.$Properties;

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
    export enum MessageType {

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
    export enum ImageType {

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
     * @deprecated Use StickerMessage.$Properties instead.
     */
    export interface IStickerMessage extends StickerMessage.$Properties {
    }

    /** Represents a StickerMessage. */
    export class StickerMessage {

        /**
         * Constructs a new StickerMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: StickerMessage.$Properties);

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
        static create(properties: StickerMessage.$Shape): StickerMessage & StickerMessage.$Shape;
        static create(properties?: StickerMessage.$Properties): StickerMessage;

        /**
         * Encodes the specified StickerMessage message. Does not implicitly {@link StickerMessage.verify|verify} messages.
         * @param message StickerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: StickerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StickerMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {StickerMessage & StickerMessage.$Shape} StickerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): StickerMessage & StickerMessage.$Shape;
    }

    export namespace StickerMessage {

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
        type $Shape = StickerMessage.$Properties;
    }

    /**
     * Properties of an ImageMessage.
     * @deprecated Use ImageMessage.$Properties instead.
     */
    export interface IImageMessage extends ImageMessage.$Properties {
    }

    /** Represents an ImageMessage. */
    export class ImageMessage {

        /**
         * Constructs a new ImageMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: ImageMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ImageMessage payload. */
        payload: Uint8Array;

        /** ImageMessage type. */
        type: ImageType;

        /**
         * Creates a new ImageMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ImageMessage instance
         */
        static create(properties: ImageMessage.$Shape): ImageMessage & ImageMessage.$Shape;
        static create(properties?: ImageMessage.$Properties): ImageMessage;

        /**
         * Encodes the specified ImageMessage message. Does not implicitly {@link ImageMessage.verify|verify} messages.
         * @param message ImageMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ImageMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ImageMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ImageMessage & ImageMessage.$Shape} ImageMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ImageMessage & ImageMessage.$Shape;
    }

    export namespace ImageMessage {

        /** Properties of an ImageMessage. */
        interface $Properties {

            /** ImageMessage payload */
            payload?: (Uint8Array|null);

            /** ImageMessage type */
            type?: (ImageType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ImageMessage. */
        type $Shape = ImageMessage.$Properties;
    }

    /**
     * Properties of an AudioMessage.
     * @deprecated Use AudioMessage.$Properties instead.
     */
    export interface IAudioMessage extends AudioMessage.$Properties {
    }

    /** Represents an AudioMessage. */
    export class AudioMessage {

        /**
         * Constructs a new AudioMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: AudioMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AudioMessage payload. */
        payload: Uint8Array;

        /** AudioMessage type. */
        type: AudioMessage.AudioType;

        /** AudioMessage durationMs. */
        durationMs: (number|Long);

        /**
         * Creates a new AudioMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AudioMessage instance
         */
        static create(properties: AudioMessage.$Shape): AudioMessage & AudioMessage.$Shape;
        static create(properties?: AudioMessage.$Properties): AudioMessage;

        /**
         * Encodes the specified AudioMessage message. Does not implicitly {@link AudioMessage.verify|verify} messages.
         * @param message AudioMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: AudioMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AudioMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {AudioMessage & AudioMessage.$Shape} AudioMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): AudioMessage & AudioMessage.$Shape;
    }

    export namespace AudioMessage {

        /** Properties of an AudioMessage. */
        interface $Properties {

            /** AudioMessage payload */
            payload?: (Uint8Array|null);

            /** AudioMessage type */
            type?: (AudioMessage.AudioType|null);

            /** AudioMessage durationMs */
            durationMs?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AudioMessage. */
        type $Shape = AudioMessage.$Properties;

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
     * @deprecated Use ChatMessage.$Properties instead.
     */
    export interface IChatMessage extends ChatMessage.$Properties {
    }

    /** Represents a ChatMessage. */
    export class ChatMessage {

        /**
         * Constructs a new ChatMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: ChatMessage.$Properties);

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
        messageType: MessageType;

        /** ChatMessage contentType. */
        contentType: ChatMessage.ContentType;

        /** ChatMessage sticker. */
        sticker?: (StickerMessage.$Properties|null);

        /** ChatMessage image. */
        image?: (ImageMessage.$Properties|null);

        /** ChatMessage audio. */
        audio?: (AudioMessage.$Properties|null);

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
        static create(properties: ChatMessage.$Shape): ChatMessage & ChatMessage.$Shape;
        static create(properties?: ChatMessage.$Properties): ChatMessage;

        /**
         * Encodes the specified ChatMessage message. Does not implicitly {@link ChatMessage.verify|verify} messages.
         * @param message ChatMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChatMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ChatMessage & ChatMessage.$Shape} ChatMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ChatMessage & ChatMessage.$Shape;
    }

    export namespace ChatMessage {

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
            messageType?: (MessageType|null);

            /** ChatMessage contentType */
            contentType?: (ChatMessage.ContentType|null);

            /** ChatMessage sticker */
            sticker?: (StickerMessage.$Properties|null);

            /** ChatMessage image */
            image?: (ImageMessage.$Properties|null);

            /** ChatMessage audio */
            audio?: (AudioMessage.$Properties|null);

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
          messageType?: MessageType|null;
          contentType?: ChatMessage.ContentType|null;
          sticker?: StickerMessage.$Shape|null;
          image?: ImageMessage.$Shape|null;
          audio?: AudioMessage.$Shape|null;
          community?: Uint8Array|null;
          grant?: Uint8Array|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ payload?: undefined; sticker?: null; image?: null; audio?: null; community?: null }|{ payload?: "sticker"; sticker: StickerMessage.$Shape; image?: null; audio?: null; community?: null }|{ payload?: "image"; sticker?: null; image: ImageMessage.$Shape; audio?: null; community?: null }|{ payload?: "audio"; sticker?: null; image?: null; audio: AudioMessage.$Shape; community?: null }|{ payload?: "community"; sticker?: null; image?: null; audio?: null; community: Uint8Array })
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
     * @deprecated Use ContactUpdate.$Properties instead.
     */
    export interface IContactUpdate extends ContactUpdate.$Properties {
    }

    /** Represents a ContactUpdate. */
    export class ContactUpdate {

        /**
         * Constructs a new ContactUpdate.
         * @param [properties] Properties to set
         */
        constructor(properties?: ContactUpdate.$Properties);

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
        static create(properties: ContactUpdate.$Shape): ContactUpdate & ContactUpdate.$Shape;
        static create(properties?: ContactUpdate.$Properties): ContactUpdate;

        /**
         * Encodes the specified ContactUpdate message. Does not implicitly {@link ContactUpdate.verify|verify} messages.
         * @param message ContactUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ContactUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContactUpdate message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ContactUpdate & ContactUpdate.$Shape} ContactUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ContactUpdate & ContactUpdate.$Shape;
    }

    export namespace ContactUpdate {

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
        type $Shape = ContactUpdate.$Properties;
    }

    /**
     * Properties of a RequestAddressForTransaction.
     * @deprecated Use RequestAddressForTransaction.$Properties instead.
     */
    export interface IRequestAddressForTransaction extends RequestAddressForTransaction.$Properties {
    }

    /** Represents a RequestAddressForTransaction. */
    export class RequestAddressForTransaction {

        /**
         * Constructs a new RequestAddressForTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: RequestAddressForTransaction.$Properties);

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
        static create(properties: RequestAddressForTransaction.$Shape): RequestAddressForTransaction & RequestAddressForTransaction.$Shape;
        static create(properties?: RequestAddressForTransaction.$Properties): RequestAddressForTransaction;

        /**
         * Encodes the specified RequestAddressForTransaction message. Does not implicitly {@link RequestAddressForTransaction.verify|verify} messages.
         * @param message RequestAddressForTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: RequestAddressForTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestAddressForTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {RequestAddressForTransaction & RequestAddressForTransaction.$Shape} RequestAddressForTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RequestAddressForTransaction & RequestAddressForTransaction.$Shape;
    }

    export namespace RequestAddressForTransaction {

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
        type $Shape = RequestAddressForTransaction.$Properties;
    }

    /**
     * Properties of an AcceptRequestAddressForTransaction.
     * @deprecated Use AcceptRequestAddressForTransaction.$Properties instead.
     */
    export interface IAcceptRequestAddressForTransaction extends AcceptRequestAddressForTransaction.$Properties {
    }

    /** Represents an AcceptRequestAddressForTransaction. */
    export class AcceptRequestAddressForTransaction {

        /**
         * Constructs a new AcceptRequestAddressForTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: AcceptRequestAddressForTransaction.$Properties);

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
        static create(properties: AcceptRequestAddressForTransaction.$Shape): AcceptRequestAddressForTransaction & AcceptRequestAddressForTransaction.$Shape;
        static create(properties?: AcceptRequestAddressForTransaction.$Properties): AcceptRequestAddressForTransaction;

        /**
         * Encodes the specified AcceptRequestAddressForTransaction message. Does not implicitly {@link AcceptRequestAddressForTransaction.verify|verify} messages.
         * @param message AcceptRequestAddressForTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: AcceptRequestAddressForTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AcceptRequestAddressForTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {AcceptRequestAddressForTransaction & AcceptRequestAddressForTransaction.$Shape} AcceptRequestAddressForTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): AcceptRequestAddressForTransaction & AcceptRequestAddressForTransaction.$Shape;
    }

    export namespace AcceptRequestAddressForTransaction {

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
        type $Shape = AcceptRequestAddressForTransaction.$Properties;
    }

    /**
     * Properties of a DeclineRequestAddressForTransaction.
     * @deprecated Use DeclineRequestAddressForTransaction.$Properties instead.
     */
    export interface IDeclineRequestAddressForTransaction extends DeclineRequestAddressForTransaction.$Properties {
    }

    /** Represents a DeclineRequestAddressForTransaction. */
    export class DeclineRequestAddressForTransaction {

        /**
         * Constructs a new DeclineRequestAddressForTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: DeclineRequestAddressForTransaction.$Properties);

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
        static create(properties: DeclineRequestAddressForTransaction.$Shape): DeclineRequestAddressForTransaction & DeclineRequestAddressForTransaction.$Shape;
        static create(properties?: DeclineRequestAddressForTransaction.$Properties): DeclineRequestAddressForTransaction;

        /**
         * Encodes the specified DeclineRequestAddressForTransaction message. Does not implicitly {@link DeclineRequestAddressForTransaction.verify|verify} messages.
         * @param message DeclineRequestAddressForTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: DeclineRequestAddressForTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeclineRequestAddressForTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {DeclineRequestAddressForTransaction & DeclineRequestAddressForTransaction.$Shape} DeclineRequestAddressForTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DeclineRequestAddressForTransaction & DeclineRequestAddressForTransaction.$Shape;
    }

    export namespace DeclineRequestAddressForTransaction {

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
        type $Shape = DeclineRequestAddressForTransaction.$Properties;
    }

    /**
     * Properties of a DeclineRequestTransaction.
     * @deprecated Use DeclineRequestTransaction.$Properties instead.
     */
    export interface IDeclineRequestTransaction extends DeclineRequestTransaction.$Properties {
    }

    /** Represents a DeclineRequestTransaction. */
    export class DeclineRequestTransaction {

        /**
         * Constructs a new DeclineRequestTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: DeclineRequestTransaction.$Properties);

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
        static create(properties: DeclineRequestTransaction.$Shape): DeclineRequestTransaction & DeclineRequestTransaction.$Shape;
        static create(properties?: DeclineRequestTransaction.$Properties): DeclineRequestTransaction;

        /**
         * Encodes the specified DeclineRequestTransaction message. Does not implicitly {@link DeclineRequestTransaction.verify|verify} messages.
         * @param message DeclineRequestTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: DeclineRequestTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeclineRequestTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {DeclineRequestTransaction & DeclineRequestTransaction.$Shape} DeclineRequestTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DeclineRequestTransaction & DeclineRequestTransaction.$Shape;
    }

    export namespace DeclineRequestTransaction {

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
        type $Shape = DeclineRequestTransaction.$Properties;
    }

    /**
     * Properties of a RequestTransaction.
     * @deprecated Use RequestTransaction.$Properties instead.
     */
    export interface IRequestTransaction extends RequestTransaction.$Properties {
    }

    /** Represents a RequestTransaction. */
    export class RequestTransaction {

        /**
         * Constructs a new RequestTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: RequestTransaction.$Properties);

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
        static create(properties: RequestTransaction.$Shape): RequestTransaction & RequestTransaction.$Shape;
        static create(properties?: RequestTransaction.$Properties): RequestTransaction;

        /**
         * Encodes the specified RequestTransaction message. Does not implicitly {@link RequestTransaction.verify|verify} messages.
         * @param message RequestTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: RequestTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {RequestTransaction & RequestTransaction.$Shape} RequestTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RequestTransaction & RequestTransaction.$Shape;
    }

    export namespace RequestTransaction {

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
        type $Shape = RequestTransaction.$Properties;
    }

    /**
     * Properties of a SendTransaction.
     * @deprecated Use SendTransaction.$Properties instead.
     */
    export interface ISendTransaction extends SendTransaction.$Properties {
    }

    /** Represents a SendTransaction. */
    export class SendTransaction {

        /**
         * Constructs a new SendTransaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: SendTransaction.$Properties);

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
        static create(properties: SendTransaction.$Shape): SendTransaction & SendTransaction.$Shape;
        static create(properties?: SendTransaction.$Properties): SendTransaction;

        /**
         * Encodes the specified SendTransaction message. Does not implicitly {@link SendTransaction.verify|verify} messages.
         * @param message SendTransaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: SendTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SendTransaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {SendTransaction & SendTransaction.$Shape} SendTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SendTransaction & SendTransaction.$Shape;
    }

    export namespace SendTransaction {

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
        type $Shape = SendTransaction.$Properties;
    }

    /**
     * Properties of an EmojiReaction.
     * @deprecated Use EmojiReaction.$Properties instead.
     */
    export interface IEmojiReaction extends EmojiReaction.$Properties {
    }

    /** Represents an EmojiReaction. */
    export class EmojiReaction {

        /**
         * Constructs a new EmojiReaction.
         * @param [properties] Properties to set
         */
        constructor(properties?: EmojiReaction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EmojiReaction clock. */
        clock: (number|Long);

        /** EmojiReaction chatId. */
        chatId: string;

        /** EmojiReaction messageId. */
        messageId: string;

        /** EmojiReaction messageType. */
        messageType: MessageType;

        /** EmojiReaction type. */
        type: EmojiReaction.Type;

        /** EmojiReaction retracted. */
        retracted: boolean;

        /** EmojiReaction grant. */
        grant: Uint8Array;

        /**
         * Creates a new EmojiReaction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EmojiReaction instance
         */
        static create(properties: EmojiReaction.$Shape): EmojiReaction & EmojiReaction.$Shape;
        static create(properties?: EmojiReaction.$Properties): EmojiReaction;

        /**
         * Encodes the specified EmojiReaction message. Does not implicitly {@link EmojiReaction.verify|verify} messages.
         * @param message EmojiReaction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: EmojiReaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EmojiReaction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {EmojiReaction & EmojiReaction.$Shape} EmojiReaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): EmojiReaction & EmojiReaction.$Shape;
    }

    export namespace EmojiReaction {

        /** Properties of an EmojiReaction. */
        interface $Properties {

            /** EmojiReaction clock */
            clock?: (number|Long|null);

            /** EmojiReaction chatId */
            chatId?: (string|null);

            /** EmojiReaction messageId */
            messageId?: (string|null);

            /** EmojiReaction messageType */
            messageType?: (MessageType|null);

            /** EmojiReaction type */
            type?: (EmojiReaction.Type|null);

            /** EmojiReaction retracted */
            retracted?: (boolean|null);

            /** EmojiReaction grant */
            grant?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EmojiReaction. */
        type $Shape = EmojiReaction.$Properties;

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
     * Properties of a PushNotificationRegistration.
     * @deprecated Use PushNotificationRegistration.$Properties instead.
     */
    export interface IPushNotificationRegistration extends PushNotificationRegistration.$Properties {
    }

    /** Represents a PushNotificationRegistration. */
    export class PushNotificationRegistration {

        /**
         * Constructs a new PushNotificationRegistration.
         * @param [properties] Properties to set
         */
        constructor(properties?: PushNotificationRegistration.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationRegistration tokenType. */
        tokenType: PushNotificationRegistration.TokenType;

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
        static create(properties: PushNotificationRegistration.$Shape): PushNotificationRegistration & PushNotificationRegistration.$Shape;
        static create(properties?: PushNotificationRegistration.$Properties): PushNotificationRegistration;

        /**
         * Encodes the specified PushNotificationRegistration message. Does not implicitly {@link PushNotificationRegistration.verify|verify} messages.
         * @param message PushNotificationRegistration message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PushNotificationRegistration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationRegistration message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PushNotificationRegistration & PushNotificationRegistration.$Shape} PushNotificationRegistration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PushNotificationRegistration & PushNotificationRegistration.$Shape;
    }

    export namespace PushNotificationRegistration {

        /** Properties of a PushNotificationRegistration. */
        interface $Properties {

            /** PushNotificationRegistration tokenType */
            tokenType?: (PushNotificationRegistration.TokenType|null);

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
        type $Shape = PushNotificationRegistration.$Properties;

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
     * @deprecated Use PushNotificationRegistrationResponse.$Properties instead.
     */
    export interface IPushNotificationRegistrationResponse extends PushNotificationRegistrationResponse.$Properties {
    }

    /** Represents a PushNotificationRegistrationResponse. */
    export class PushNotificationRegistrationResponse {

        /**
         * Constructs a new PushNotificationRegistrationResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: PushNotificationRegistrationResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationRegistrationResponse success. */
        success: boolean;

        /** PushNotificationRegistrationResponse error. */
        error: PushNotificationRegistrationResponse.ErrorType;

        /** PushNotificationRegistrationResponse requestId. */
        requestId: Uint8Array;

        /**
         * Creates a new PushNotificationRegistrationResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationRegistrationResponse instance
         */
        static create(properties: PushNotificationRegistrationResponse.$Shape): PushNotificationRegistrationResponse & PushNotificationRegistrationResponse.$Shape;
        static create(properties?: PushNotificationRegistrationResponse.$Properties): PushNotificationRegistrationResponse;

        /**
         * Encodes the specified PushNotificationRegistrationResponse message. Does not implicitly {@link PushNotificationRegistrationResponse.verify|verify} messages.
         * @param message PushNotificationRegistrationResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PushNotificationRegistrationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationRegistrationResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PushNotificationRegistrationResponse & PushNotificationRegistrationResponse.$Shape} PushNotificationRegistrationResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PushNotificationRegistrationResponse & PushNotificationRegistrationResponse.$Shape;
    }

    export namespace PushNotificationRegistrationResponse {

        /** Properties of a PushNotificationRegistrationResponse. */
        interface $Properties {

            /** PushNotificationRegistrationResponse success */
            success?: (boolean|null);

            /** PushNotificationRegistrationResponse error */
            error?: (PushNotificationRegistrationResponse.ErrorType|null);

            /** PushNotificationRegistrationResponse requestId */
            requestId?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationRegistrationResponse. */
        type $Shape = PushNotificationRegistrationResponse.$Properties;

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
     * @deprecated Use ContactCodeAdvertisement.$Properties instead.
     */
    export interface IContactCodeAdvertisement extends ContactCodeAdvertisement.$Properties {
    }

    /** Represents a ContactCodeAdvertisement. */
    export class ContactCodeAdvertisement {

        /**
         * Constructs a new ContactCodeAdvertisement.
         * @param [properties] Properties to set
         */
        constructor(properties?: ContactCodeAdvertisement.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContactCodeAdvertisement pushNotificationInfo. */
        pushNotificationInfo: PushNotificationQueryInfo.$Properties[];

        /**
         * Creates a new ContactCodeAdvertisement instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContactCodeAdvertisement instance
         */
        static create(properties: ContactCodeAdvertisement.$Shape): ContactCodeAdvertisement & ContactCodeAdvertisement.$Shape;
        static create(properties?: ContactCodeAdvertisement.$Properties): ContactCodeAdvertisement;

        /**
         * Encodes the specified ContactCodeAdvertisement message. Does not implicitly {@link ContactCodeAdvertisement.verify|verify} messages.
         * @param message ContactCodeAdvertisement message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ContactCodeAdvertisement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContactCodeAdvertisement message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ContactCodeAdvertisement & ContactCodeAdvertisement.$Shape} ContactCodeAdvertisement
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ContactCodeAdvertisement & ContactCodeAdvertisement.$Shape;
    }

    export namespace ContactCodeAdvertisement {

        /** Properties of a ContactCodeAdvertisement. */
        interface $Properties {

            /** ContactCodeAdvertisement pushNotificationInfo */
            pushNotificationInfo?: (PushNotificationQueryInfo.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContactCodeAdvertisement. */
        type $Shape = ContactCodeAdvertisement.$Properties;
    }

    /**
     * Properties of a PushNotificationQuery.
     * @deprecated Use PushNotificationQuery.$Properties instead.
     */
    export interface IPushNotificationQuery extends PushNotificationQuery.$Properties {
    }

    /** Represents a PushNotificationQuery. */
    export class PushNotificationQuery {

        /**
         * Constructs a new PushNotificationQuery.
         * @param [properties] Properties to set
         */
        constructor(properties?: PushNotificationQuery.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationQuery publicKeys. */
        publicKeys: Uint8Array[];

        /**
         * Creates a new PushNotificationQuery instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationQuery instance
         */
        static create(properties: PushNotificationQuery.$Shape): PushNotificationQuery & PushNotificationQuery.$Shape;
        static create(properties?: PushNotificationQuery.$Properties): PushNotificationQuery;

        /**
         * Encodes the specified PushNotificationQuery message. Does not implicitly {@link PushNotificationQuery.verify|verify} messages.
         * @param message PushNotificationQuery message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PushNotificationQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationQuery message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PushNotificationQuery & PushNotificationQuery.$Shape} PushNotificationQuery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PushNotificationQuery & PushNotificationQuery.$Shape;
    }

    export namespace PushNotificationQuery {

        /** Properties of a PushNotificationQuery. */
        interface $Properties {

            /** PushNotificationQuery publicKeys */
            publicKeys?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationQuery. */
        type $Shape = PushNotificationQuery.$Properties;
    }

    /**
     * Properties of a PushNotificationQueryInfo.
     * @deprecated Use PushNotificationQueryInfo.$Properties instead.
     */
    export interface IPushNotificationQueryInfo extends PushNotificationQueryInfo.$Properties {
    }

    /** Represents a PushNotificationQueryInfo. */
    export class PushNotificationQueryInfo {

        /**
         * Constructs a new PushNotificationQueryInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: PushNotificationQueryInfo.$Properties);

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
        static create(properties: PushNotificationQueryInfo.$Shape): PushNotificationQueryInfo & PushNotificationQueryInfo.$Shape;
        static create(properties?: PushNotificationQueryInfo.$Properties): PushNotificationQueryInfo;

        /**
         * Encodes the specified PushNotificationQueryInfo message. Does not implicitly {@link PushNotificationQueryInfo.verify|verify} messages.
         * @param message PushNotificationQueryInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PushNotificationQueryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationQueryInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PushNotificationQueryInfo & PushNotificationQueryInfo.$Shape} PushNotificationQueryInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PushNotificationQueryInfo & PushNotificationQueryInfo.$Shape;
    }

    export namespace PushNotificationQueryInfo {

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
        type $Shape = PushNotificationQueryInfo.$Properties;
    }

    /**
     * Properties of a PushNotificationQueryResponse.
     * @deprecated Use PushNotificationQueryResponse.$Properties instead.
     */
    export interface IPushNotificationQueryResponse extends PushNotificationQueryResponse.$Properties {
    }

    /** Represents a PushNotificationQueryResponse. */
    export class PushNotificationQueryResponse {

        /**
         * Constructs a new PushNotificationQueryResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: PushNotificationQueryResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationQueryResponse info. */
        info: PushNotificationQueryInfo.$Properties[];

        /** PushNotificationQueryResponse messageId. */
        messageId: Uint8Array;

        /** PushNotificationQueryResponse success. */
        success: boolean;

        /**
         * Creates a new PushNotificationQueryResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationQueryResponse instance
         */
        static create(properties: PushNotificationQueryResponse.$Shape): PushNotificationQueryResponse & PushNotificationQueryResponse.$Shape;
        static create(properties?: PushNotificationQueryResponse.$Properties): PushNotificationQueryResponse;

        /**
         * Encodes the specified PushNotificationQueryResponse message. Does not implicitly {@link PushNotificationQueryResponse.verify|verify} messages.
         * @param message PushNotificationQueryResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PushNotificationQueryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationQueryResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PushNotificationQueryResponse & PushNotificationQueryResponse.$Shape} PushNotificationQueryResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PushNotificationQueryResponse & PushNotificationQueryResponse.$Shape;
    }

    export namespace PushNotificationQueryResponse {

        /** Properties of a PushNotificationQueryResponse. */
        interface $Properties {

            /** PushNotificationQueryResponse info */
            info?: (PushNotificationQueryInfo.$Properties[]|null);

            /** PushNotificationQueryResponse messageId */
            messageId?: (Uint8Array|null);

            /** PushNotificationQueryResponse success */
            success?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationQueryResponse. */
        type $Shape = PushNotificationQueryResponse.$Properties;
    }

    /**
     * Properties of a PushNotification.
     * @deprecated Use PushNotification.$Properties instead.
     */
    export interface IPushNotification extends PushNotification.$Properties {
    }

    /** Represents a PushNotification. */
    export class PushNotification {

        /**
         * Constructs a new PushNotification.
         * @param [properties] Properties to set
         */
        constructor(properties?: PushNotification.$Properties);

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
        type: PushNotification.PushNotificationType;

        /** PushNotification author. */
        author: Uint8Array;

        /**
         * Creates a new PushNotification instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotification instance
         */
        static create(properties: PushNotification.$Shape): PushNotification & PushNotification.$Shape;
        static create(properties?: PushNotification.$Properties): PushNotification;

        /**
         * Encodes the specified PushNotification message. Does not implicitly {@link PushNotification.verify|verify} messages.
         * @param message PushNotification message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PushNotification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotification message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PushNotification & PushNotification.$Shape} PushNotification
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PushNotification & PushNotification.$Shape;
    }

    export namespace PushNotification {

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
            type?: (PushNotification.PushNotificationType|null);

            /** PushNotification author */
            author?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotification. */
        type $Shape = PushNotification.$Properties;

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
     * @deprecated Use PushNotificationRequest.$Properties instead.
     */
    export interface IPushNotificationRequest extends PushNotificationRequest.$Properties {
    }

    /** Represents a PushNotificationRequest. */
    export class PushNotificationRequest {

        /**
         * Constructs a new PushNotificationRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: PushNotificationRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationRequest requests. */
        requests: PushNotification.$Properties[];

        /** PushNotificationRequest messageId. */
        messageId: Uint8Array;

        /**
         * Creates a new PushNotificationRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationRequest instance
         */
        static create(properties: PushNotificationRequest.$Shape): PushNotificationRequest & PushNotificationRequest.$Shape;
        static create(properties?: PushNotificationRequest.$Properties): PushNotificationRequest;

        /**
         * Encodes the specified PushNotificationRequest message. Does not implicitly {@link PushNotificationRequest.verify|verify} messages.
         * @param message PushNotificationRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PushNotificationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PushNotificationRequest & PushNotificationRequest.$Shape} PushNotificationRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PushNotificationRequest & PushNotificationRequest.$Shape;
    }

    export namespace PushNotificationRequest {

        /** Properties of a PushNotificationRequest. */
        interface $Properties {

            /** PushNotificationRequest requests */
            requests?: (PushNotification.$Properties[]|null);

            /** PushNotificationRequest messageId */
            messageId?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationRequest. */
        type $Shape = PushNotificationRequest.$Properties;
    }

    /**
     * Properties of a PushNotificationReport.
     * @deprecated Use PushNotificationReport.$Properties instead.
     */
    export interface IPushNotificationReport extends PushNotificationReport.$Properties {
    }

    /** Represents a PushNotificationReport. */
    export class PushNotificationReport {

        /**
         * Constructs a new PushNotificationReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: PushNotificationReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationReport success. */
        success: boolean;

        /** PushNotificationReport error. */
        error: PushNotificationReport.ErrorType;

        /** PushNotificationReport publicKey. */
        publicKey: Uint8Array;

        /** PushNotificationReport installationId. */
        installationId: string;

        /**
         * Creates a new PushNotificationReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationReport instance
         */
        static create(properties: PushNotificationReport.$Shape): PushNotificationReport & PushNotificationReport.$Shape;
        static create(properties?: PushNotificationReport.$Properties): PushNotificationReport;

        /**
         * Encodes the specified PushNotificationReport message. Does not implicitly {@link PushNotificationReport.verify|verify} messages.
         * @param message PushNotificationReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PushNotificationReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PushNotificationReport & PushNotificationReport.$Shape} PushNotificationReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PushNotificationReport & PushNotificationReport.$Shape;
    }

    export namespace PushNotificationReport {

        /** Properties of a PushNotificationReport. */
        interface $Properties {

            /** PushNotificationReport success */
            success?: (boolean|null);

            /** PushNotificationReport error */
            error?: (PushNotificationReport.ErrorType|null);

            /** PushNotificationReport publicKey */
            publicKey?: (Uint8Array|null);

            /** PushNotificationReport installationId */
            installationId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationReport. */
        type $Shape = PushNotificationReport.$Properties;

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
     * @deprecated Use PushNotificationResponse.$Properties instead.
     */
    export interface IPushNotificationResponse extends PushNotificationResponse.$Properties {
    }

    /** Represents a PushNotificationResponse. */
    export class PushNotificationResponse {

        /**
         * Constructs a new PushNotificationResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: PushNotificationResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushNotificationResponse messageId. */
        messageId: Uint8Array;

        /** PushNotificationResponse reports. */
        reports: PushNotificationReport.$Properties[];

        /**
         * Creates a new PushNotificationResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PushNotificationResponse instance
         */
        static create(properties: PushNotificationResponse.$Shape): PushNotificationResponse & PushNotificationResponse.$Shape;
        static create(properties?: PushNotificationResponse.$Properties): PushNotificationResponse;

        /**
         * Encodes the specified PushNotificationResponse message. Does not implicitly {@link PushNotificationResponse.verify|verify} messages.
         * @param message PushNotificationResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PushNotificationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushNotificationResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PushNotificationResponse & PushNotificationResponse.$Shape} PushNotificationResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PushNotificationResponse & PushNotificationResponse.$Shape;
    }

    export namespace PushNotificationResponse {

        /** Properties of a PushNotificationResponse. */
        interface $Properties {

            /** PushNotificationResponse messageId */
            messageId?: (Uint8Array|null);

            /** PushNotificationResponse reports */
            reports?: (PushNotificationReport.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushNotificationResponse. */
        type $Shape = PushNotificationResponse.$Properties;
    }

    /**
     * Properties of a ChatIdentity.
     * @deprecated Use ChatIdentity.$Properties instead.
     */
    export interface IChatIdentity extends ChatIdentity.$Properties {
    }

    /** Represents a ChatIdentity. */
    export class ChatIdentity {

        /**
         * Constructs a new ChatIdentity.
         * @param [properties] Properties to set
         */
        constructor(properties?: ChatIdentity.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChatIdentity clock. */
        clock: (number|Long);

        /** ChatIdentity ensName. */
        ensName: string;

        /** ChatIdentity images. */
        images: { [k: string]: IdentityImage.$Properties };

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
        static create(properties: ChatIdentity.$Shape): ChatIdentity & ChatIdentity.$Shape;
        static create(properties?: ChatIdentity.$Properties): ChatIdentity;

        /**
         * Encodes the specified ChatIdentity message. Does not implicitly {@link ChatIdentity.verify|verify} messages.
         * @param message ChatIdentity message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ChatIdentity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChatIdentity message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ChatIdentity & ChatIdentity.$Shape} ChatIdentity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ChatIdentity & ChatIdentity.$Shape;
    }

    export namespace ChatIdentity {

        /** Properties of a ChatIdentity. */
        interface $Properties {

            /** ChatIdentity clock */
            clock?: (number|Long|null);

            /** ChatIdentity ensName */
            ensName?: (string|null);

            /** ChatIdentity images */
            images?: ({ [k: string]: IdentityImage.$Properties }|null);

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
        type $Shape = ChatIdentity.$Properties;
    }

    /**
     * Properties of an IdentityImage.
     * @deprecated Use IdentityImage.$Properties instead.
     */
    export interface IIdentityImage extends IdentityImage.$Properties {
    }

    /** Represents an IdentityImage. */
    export class IdentityImage {

        /**
         * Constructs a new IdentityImage.
         * @param [properties] Properties to set
         */
        constructor(properties?: IdentityImage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** IdentityImage payload. */
        payload: Uint8Array;

        /** IdentityImage sourceType. */
        sourceType: IdentityImage.SourceType;

        /** IdentityImage imageType. */
        imageType: ImageType;

        /**
         * Creates a new IdentityImage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns IdentityImage instance
         */
        static create(properties: IdentityImage.$Shape): IdentityImage & IdentityImage.$Shape;
        static create(properties?: IdentityImage.$Properties): IdentityImage;

        /**
         * Encodes the specified IdentityImage message. Does not implicitly {@link IdentityImage.verify|verify} messages.
         * @param message IdentityImage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: IdentityImage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an IdentityImage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {IdentityImage & IdentityImage.$Shape} IdentityImage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IdentityImage & IdentityImage.$Shape;
    }

    export namespace IdentityImage {

        /** Properties of an IdentityImage. */
        interface $Properties {

            /** IdentityImage payload */
            payload?: (Uint8Array|null);

            /** IdentityImage sourceType */
            sourceType?: (IdentityImage.SourceType|null);

            /** IdentityImage imageType */
            imageType?: (ImageType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an IdentityImage. */
        type $Shape = IdentityImage.$Properties;

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
     * @deprecated Use PinMessage.$Properties instead.
     */
    export interface IPinMessage extends PinMessage.$Properties {
    }

    /** Represents a PinMessage. */
    export class PinMessage {

        /**
         * Constructs a new PinMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: PinMessage.$Properties);

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
        messageType: MessageType;

        /**
         * Creates a new PinMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PinMessage instance
         */
        static create(properties: PinMessage.$Shape): PinMessage & PinMessage.$Shape;
        static create(properties?: PinMessage.$Properties): PinMessage;

        /**
         * Encodes the specified PinMessage message. Does not implicitly {@link PinMessage.verify|verify} messages.
         * @param message PinMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: PinMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PinMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {PinMessage & PinMessage.$Shape} PinMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): PinMessage & PinMessage.$Shape;
    }

    export namespace PinMessage {

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
            messageType?: (MessageType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PinMessage. */
        type $Shape = PinMessage.$Properties;
    }
