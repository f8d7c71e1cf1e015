import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");


import { ChatMessage, EmojiReaction } from "./protobuf.js";

    /**
     * Properties of a MembershipUpdateEvent.
     * @deprecated Use MembershipUpdateEvent.$Properties instead.
     */
    export interface IMembershipUpdateEvent extends MembershipUpdateEvent.$Properties {
    }

    /** Represents a MembershipUpdateEvent. */
    export class MembershipUpdateEvent {

        /**
         * Constructs a new MembershipUpdateEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: MembershipUpdateEvent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembershipUpdateEvent clock. */
        clock: (number|Long);

        /** MembershipUpdateEvent members. */
        members: string[];

        /** MembershipUpdateEvent name. */
        name: string;

        /** MembershipUpdateEvent type. */
        type: MembershipUpdateEvent.EventType;

        /**
         * Creates a new MembershipUpdateEvent instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MembershipUpdateEvent instance
         */
        static create(properties: MembershipUpdateEvent.$Shape): MembershipUpdateEvent & MembershipUpdateEvent.$Shape;
        static create(properties?: MembershipUpdateEvent.$Properties): MembershipUpdateEvent;

        /**
         * Encodes the specified MembershipUpdateEvent message. Does not implicitly {@link MembershipUpdateEvent.verify|verify} messages.
         * @param message MembershipUpdateEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: MembershipUpdateEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembershipUpdateEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {MembershipUpdateEvent & MembershipUpdateEvent.$Shape} MembershipUpdateEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): MembershipUpdateEvent & MembershipUpdateEvent.$Shape;
    }

    export namespace MembershipUpdateEvent {

        /** Properties of a MembershipUpdateEvent. */
        interface $Properties {

            /** MembershipUpdateEvent clock */
            clock?: (number|Long|null);

            /** MembershipUpdateEvent members */
            members?: (string[]|null);

            /** MembershipUpdateEvent name */
            name?: (string|null);

            /** MembershipUpdateEvent type */
            type?: (MembershipUpdateEvent.EventType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MembershipUpdateEvent. */
        type $Shape = MembershipUpdateEvent.$Properties;

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
     * @deprecated Use MembershipUpdateMessage.$Properties instead.
     */
    export interface IMembershipUpdateMessage extends MembershipUpdateMessage.$Properties {
    }

    /** Represents a MembershipUpdateMessage. */
    export class MembershipUpdateMessage {

        /**
         * Constructs a new MembershipUpdateMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: MembershipUpdateMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembershipUpdateMessage chatId. */
        chatId: string;

        /** MembershipUpdateMessage events. */
        events: Uint8Array[];

        /** MembershipUpdateMessage message. */
        message?: (ChatMessage.$Properties|null);

        /** MembershipUpdateMessage emojiReaction. */
        emojiReaction?: (EmojiReaction.$Properties|null);

        /** MembershipUpdateMessage chatEntity. */
        chatEntity?: ("message"|"emojiReaction");

        /**
         * Creates a new MembershipUpdateMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MembershipUpdateMessage instance
         */
        static create(properties: MembershipUpdateMessage.$Shape): MembershipUpdateMessage & MembershipUpdateMessage.$Shape;
        static create(properties?: MembershipUpdateMessage.$Properties): MembershipUpdateMessage;

        /**
         * Encodes the specified MembershipUpdateMessage message. Does not implicitly {@link MembershipUpdateMessage.verify|verify} messages.
         * @param message MembershipUpdateMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: MembershipUpdateMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembershipUpdateMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {MembershipUpdateMessage & MembershipUpdateMessage.$Shape} MembershipUpdateMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): MembershipUpdateMessage & MembershipUpdateMessage.$Shape;
    }

    export namespace MembershipUpdateMessage {

        /** Properties of a MembershipUpdateMessage. */
        interface $Properties {

            /** MembershipUpdateMessage chatId */
            chatId?: (string|null);

            /** MembershipUpdateMessage events */
            events?: (Uint8Array[]|null);

            /** MembershipUpdateMessage message */
            message?: (ChatMessage.$Properties|null);

            /** MembershipUpdateMessage emojiReaction */
            emojiReaction?: (EmojiReaction.$Properties|null);

            /** MembershipUpdateMessage chatEntity */
            chatEntity?: ("message"|"emojiReaction");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a MembershipUpdateMessage. */
        type $Shape = {
          chatId?: string|null;
          events?: Uint8Array[]|null;
          message?: ChatMessage.$Shape|null;
          emojiReaction?: EmojiReaction.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ chatEntity?: undefined; message?: null; emojiReaction?: null }|{ chatEntity?: "message"; message: ChatMessage.$Shape; emojiReaction?: null }|{ chatEntity?: "emojiReaction"; message?: null; emojiReaction: EmojiReaction.$Shape })
        );
    }

    /**
     * Properties of a GroupChatInvitation.
     * @deprecated Use GroupChatInvitation.$Properties instead.
     */
    export interface IGroupChatInvitation extends GroupChatInvitation.$Properties {
    }

    /** Represents a GroupChatInvitation. */
    export class GroupChatInvitation {

        /**
         * Constructs a new GroupChatInvitation.
         * @param [properties] Properties to set
         */
        constructor(properties?: GroupChatInvitation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupChatInvitation clock. */
        clock: (number|Long);

        /** GroupChatInvitation chatId. */
        chatId: string;

        /** GroupChatInvitation introductionMessage. */
        introductionMessage: string;

        /** GroupChatInvitation state. */
        state: GroupChatInvitation.State;

        /**
         * Creates a new GroupChatInvitation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GroupChatInvitation instance
         */
        static create(properties: GroupChatInvitation.$Shape): GroupChatInvitation & GroupChatInvitation.$Shape;
        static create(properties?: GroupChatInvitation.$Properties): GroupChatInvitation;

        /**
         * Encodes the specified GroupChatInvitation message. Does not implicitly {@link GroupChatInvitation.verify|verify} messages.
         * @param message GroupChatInvitation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: GroupChatInvitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupChatInvitation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {GroupChatInvitation & GroupChatInvitation.$Shape} GroupChatInvitation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): GroupChatInvitation & GroupChatInvitation.$Shape;
    }

    export namespace GroupChatInvitation {

        /** Properties of a GroupChatInvitation. */
        interface $Properties {

            /** GroupChatInvitation clock */
            clock?: (number|Long|null);

            /** GroupChatInvitation chatId */
            chatId?: (string|null);

            /** GroupChatInvitation introductionMessage */
            introductionMessage?: (string|null);

            /** GroupChatInvitation state */
            state?: (GroupChatInvitation.State|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupChatInvitation. */
        type $Shape = GroupChatInvitation.$Properties;

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

