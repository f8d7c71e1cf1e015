/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;




import { ChatMessage, EmojiReaction } from "./protobuf.js";

    export const MembershipUpdateEvent = /*#__PURE__*/ (function() {

        /**
         * Properties of a MembershipUpdateEvent.
         * @typedef {Object} protobuf.MembershipUpdateEvent.$Properties
         * @property {number|Long|null} [clock] MembershipUpdateEvent clock
         * @property {Array.<string>|null} [members] MembershipUpdateEvent members
         * @property {string|null} [name] MembershipUpdateEvent name
         * @property {protobuf.MembershipUpdateEvent.EventType|null} [type] MembershipUpdateEvent type
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MembershipUpdateEvent.
         * @memberof protobuf
         * @interface IMembershipUpdateEvent
         * @augments protobuf.MembershipUpdateEvent.$Properties
         * @deprecated Use protobuf.MembershipUpdateEvent.$Properties instead.
         */

        /**
         * Shape of a MembershipUpdateEvent.
         * @typedef {protobuf.MembershipUpdateEvent.$Properties} protobuf.MembershipUpdateEvent.$Shape
         */

        /**
         * Constructs a new MembershipUpdateEvent.
         * @memberof protobuf
         * @classdesc Represents a MembershipUpdateEvent.
         * @constructor
         * @param {protobuf.MembershipUpdateEvent.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MembershipUpdateEvent = function (properties) {
            this.members = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MembershipUpdateEvent clock.
         * @member {number|Long} clock
         * @memberof protobuf.MembershipUpdateEvent
         * @instance
         */
        MembershipUpdateEvent.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MembershipUpdateEvent members.
         * @member {Array.<string>} members
         * @memberof protobuf.MembershipUpdateEvent
         * @instance
         */
        MembershipUpdateEvent.prototype.members = $util.emptyArray;

        /**
         * MembershipUpdateEvent name.
         * @member {string} name
         * @memberof protobuf.MembershipUpdateEvent
         * @instance
         */
        MembershipUpdateEvent.prototype.name = "";

        /**
         * MembershipUpdateEvent type.
         * @member {protobuf.MembershipUpdateEvent.EventType} type
         * @memberof protobuf.MembershipUpdateEvent
         * @instance
         */
        MembershipUpdateEvent.prototype.type = 0;

        /**
         * Creates a new MembershipUpdateEvent instance using the specified properties.
         * @function create
         * @memberof protobuf.MembershipUpdateEvent
         * @static
         * @param {protobuf.MembershipUpdateEvent.$Properties=} [properties] Properties to set
         * @returns {protobuf.MembershipUpdateEvent} MembershipUpdateEvent instance
         * @type {{
         *   (properties: protobuf.MembershipUpdateEvent.$Shape): protobuf.MembershipUpdateEvent & protobuf.MembershipUpdateEvent.$Shape;
         *   (properties?: protobuf.MembershipUpdateEvent.$Properties): protobuf.MembershipUpdateEvent;
         * }}
         */
        MembershipUpdateEvent.create = function(properties) {
            return new MembershipUpdateEvent(properties);
        };

        /**
         * Encodes the specified MembershipUpdateEvent message. Does not implicitly {@link protobuf.MembershipUpdateEvent.verify|verify} messages.
         * @function encode
         * @memberof protobuf.MembershipUpdateEvent
         * @static
         * @param {protobuf.MembershipUpdateEvent.$Properties} message MembershipUpdateEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipUpdateEvent.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.members[i]);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.type);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a MembershipUpdateEvent message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.MembershipUpdateEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.MembershipUpdateEvent & protobuf.MembershipUpdateEvent.$Shape} MembershipUpdateEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipUpdateEvent.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new MembershipUpdateEvent();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.clock = value;
                        else
                            delete message.clock;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push(reader.stringVerify());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * EventType enum.
         * @name protobuf.MembershipUpdateEvent.EventType
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} CHAT_CREATED=1 CHAT_CREATED value
         * @property {number} NAME_CHANGED=2 NAME_CHANGED value
         * @property {number} MEMBERS_ADDED=3 MEMBERS_ADDED value
         * @property {number} MEMBER_JOINED=4 MEMBER_JOINED value
         * @property {number} MEMBER_REMOVED=5 MEMBER_REMOVED value
         * @property {number} ADMINS_ADDED=6 ADMINS_ADDED value
         * @property {number} ADMIN_REMOVED=7 ADMIN_REMOVED value
         */
        MembershipUpdateEvent.EventType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "CHAT_CREATED"] = 1;
            values[valuesById[2] = "NAME_CHANGED"] = 2;
            values[valuesById[3] = "MEMBERS_ADDED"] = 3;
            values[valuesById[4] = "MEMBER_JOINED"] = 4;
            values[valuesById[5] = "MEMBER_REMOVED"] = 5;
            values[valuesById[6] = "ADMINS_ADDED"] = 6;
            values[valuesById[7] = "ADMIN_REMOVED"] = 7;
            return values;
        })();

        return MembershipUpdateEvent;
    })();

    export const MembershipUpdateMessage = /*#__PURE__*/ (function() {

        /**
         * Properties of a MembershipUpdateMessage.
         * @typedef {Object} protobuf.MembershipUpdateMessage.$Properties
         * @property {string|null} [chatId] MembershipUpdateMessage chatId
         * @property {Array.<Uint8Array>|null} [events] MembershipUpdateMessage events
         * @property {protobuf.ChatMessage.$Properties|null} [message] MembershipUpdateMessage message
         * @property {protobuf.EmojiReaction.$Properties|null} [emojiReaction] MembershipUpdateMessage emojiReaction
         * @property {"message"|"emojiReaction"} [chatEntity] MembershipUpdateMessage chatEntity
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MembershipUpdateMessage.
         * @memberof protobuf
         * @interface IMembershipUpdateMessage
         * @augments protobuf.MembershipUpdateMessage.$Properties
         * @deprecated Use protobuf.MembershipUpdateMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a MembershipUpdateMessage.
         * @typedef {{
         *   chatId?: string|null;
         *   events?: Array.<Uint8Array>|null;
         *   message?: protobuf.ChatMessage.$Shape|null;
         *   emojiReaction?: protobuf.EmojiReaction.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ chatEntity?: undefined; message?: null; emojiReaction?: null }|{ chatEntity?: "message"; message: protobuf.ChatMessage.$Shape; emojiReaction?: null }|{ chatEntity?: "emojiReaction"; message?: null; emojiReaction: protobuf.EmojiReaction.$Shape })
         * )} protobuf.MembershipUpdateMessage.$Shape
         */

        /**
         * Constructs a new MembershipUpdateMessage.
         * @memberof protobuf
         * @classdesc Represents a MembershipUpdateMessage.
         * @constructor
         * @param {protobuf.MembershipUpdateMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MembershipUpdateMessage = function (properties) {
            this.events = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MembershipUpdateMessage chatId.
         * @member {string} chatId
         * @memberof protobuf.MembershipUpdateMessage
         * @instance
         */
        MembershipUpdateMessage.prototype.chatId = "";

        /**
         * MembershipUpdateMessage events.
         * @member {Array.<Uint8Array>} events
         * @memberof protobuf.MembershipUpdateMessage
         * @instance
         */
        MembershipUpdateMessage.prototype.events = $util.emptyArray;

        /**
         * MembershipUpdateMessage message.
         * @member {protobuf.ChatMessage.$Properties|null|undefined} message
         * @memberof protobuf.MembershipUpdateMessage
         * @instance
         */
        MembershipUpdateMessage.prototype.message = null;

        /**
         * MembershipUpdateMessage emojiReaction.
         * @member {protobuf.EmojiReaction.$Properties|null|undefined} emojiReaction
         * @memberof protobuf.MembershipUpdateMessage
         * @instance
         */
        MembershipUpdateMessage.prototype.emojiReaction = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * MembershipUpdateMessage chatEntity.
         * @member {"message"|"emojiReaction"|undefined} chatEntity
         * @memberof protobuf.MembershipUpdateMessage
         * @instance
         */
        $Object.defineProperty(MembershipUpdateMessage.prototype, "chatEntity", {
            get: $util.oneOfGetter($oneOfFields = ["message", "emojiReaction"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new MembershipUpdateMessage instance using the specified properties.
         * @function create
         * @memberof protobuf.MembershipUpdateMessage
         * @static
         * @param {protobuf.MembershipUpdateMessage.$Properties=} [properties] Properties to set
         * @returns {protobuf.MembershipUpdateMessage} MembershipUpdateMessage instance
         * @type {{
         *   (properties: protobuf.MembershipUpdateMessage.$Shape): protobuf.MembershipUpdateMessage & protobuf.MembershipUpdateMessage.$Shape;
         *   (properties?: protobuf.MembershipUpdateMessage.$Properties): protobuf.MembershipUpdateMessage;
         * }}
         */
        MembershipUpdateMessage.create = function(properties) {
            return new MembershipUpdateMessage(properties);
        };

        /**
         * Encodes the specified MembershipUpdateMessage message. Does not implicitly {@link protobuf.MembershipUpdateMessage.verify|verify} messages.
         * @function encode
         * @memberof protobuf.MembershipUpdateMessage
         * @static
         * @param {protobuf.MembershipUpdateMessage.$Properties} message MembershipUpdateMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipUpdateMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chatId != null && $Object.hasOwnProperty.call(message, "chatId") && message.chatId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.chatId);
            if (message.events != null && message.events.length)
                for (let i = 0; i < message.events.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.events[i]);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                ChatMessage.encode(message.message, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.emojiReaction != null && $Object.hasOwnProperty.call(message, "emojiReaction"))
                EmojiReaction.encode(message.emojiReaction, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a MembershipUpdateMessage message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.MembershipUpdateMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.MembershipUpdateMessage & protobuf.MembershipUpdateMessage.$Shape} MembershipUpdateMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipUpdateMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new MembershipUpdateMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.chatId = value;
                        else
                            delete message.chatId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.events && message.events.length))
                            message.events = [];
                        message.events.push(reader.bytes());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.message = ChatMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                        message.chatEntity = "message";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.emojiReaction = EmojiReaction.decode(reader, reader.size(), $undefined, _depth + 1, message.emojiReaction);
                        message.chatEntity = "emojiReaction";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return MembershipUpdateMessage;
    })();

    export const GroupChatInvitation = /*#__PURE__*/ (function() {

        /**
         * Properties of a GroupChatInvitation.
         * @typedef {Object} protobuf.GroupChatInvitation.$Properties
         * @property {number|Long|null} [clock] GroupChatInvitation clock
         * @property {string|null} [chatId] GroupChatInvitation chatId
         * @property {string|null} [introductionMessage] GroupChatInvitation introductionMessage
         * @property {protobuf.GroupChatInvitation.State|null} [state] GroupChatInvitation state
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupChatInvitation.
         * @memberof protobuf
         * @interface IGroupChatInvitation
         * @augments protobuf.GroupChatInvitation.$Properties
         * @deprecated Use protobuf.GroupChatInvitation.$Properties instead.
         */

        /**
         * Shape of a GroupChatInvitation.
         * @typedef {protobuf.GroupChatInvitation.$Properties} protobuf.GroupChatInvitation.$Shape
         */

        /**
         * Constructs a new GroupChatInvitation.
         * @memberof protobuf
         * @classdesc Represents a GroupChatInvitation.
         * @constructor
         * @param {protobuf.GroupChatInvitation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupChatInvitation = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupChatInvitation clock.
         * @member {number|Long} clock
         * @memberof protobuf.GroupChatInvitation
         * @instance
         */
        GroupChatInvitation.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * GroupChatInvitation chatId.
         * @member {string} chatId
         * @memberof protobuf.GroupChatInvitation
         * @instance
         */
        GroupChatInvitation.prototype.chatId = "";

        /**
         * GroupChatInvitation introductionMessage.
         * @member {string} introductionMessage
         * @memberof protobuf.GroupChatInvitation
         * @instance
         */
        GroupChatInvitation.prototype.introductionMessage = "";

        /**
         * GroupChatInvitation state.
         * @member {protobuf.GroupChatInvitation.State} state
         * @memberof protobuf.GroupChatInvitation
         * @instance
         */
        GroupChatInvitation.prototype.state = 0;

        /**
         * Creates a new GroupChatInvitation instance using the specified properties.
         * @function create
         * @memberof protobuf.GroupChatInvitation
         * @static
         * @param {protobuf.GroupChatInvitation.$Properties=} [properties] Properties to set
         * @returns {protobuf.GroupChatInvitation} GroupChatInvitation instance
         * @type {{
         *   (properties: protobuf.GroupChatInvitation.$Shape): protobuf.GroupChatInvitation & protobuf.GroupChatInvitation.$Shape;
         *   (properties?: protobuf.GroupChatInvitation.$Properties): protobuf.GroupChatInvitation;
         * }}
         */
        GroupChatInvitation.create = function(properties) {
            return new GroupChatInvitation(properties);
        };

        /**
         * Encodes the specified GroupChatInvitation message. Does not implicitly {@link protobuf.GroupChatInvitation.verify|verify} messages.
         * @function encode
         * @memberof protobuf.GroupChatInvitation
         * @static
         * @param {protobuf.GroupChatInvitation.$Properties} message GroupChatInvitation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupChatInvitation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.chatId != null && $Object.hasOwnProperty.call(message, "chatId") && message.chatId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.chatId);
            if (message.introductionMessage != null && $Object.hasOwnProperty.call(message, "introductionMessage") && message.introductionMessage !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.introductionMessage);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.state);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupChatInvitation message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.GroupChatInvitation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.GroupChatInvitation & protobuf.GroupChatInvitation.$Shape} GroupChatInvitation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupChatInvitation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new GroupChatInvitation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.clock = value;
                        else
                            delete message.clock;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.chatId = value;
                        else
                            delete message.chatId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.introductionMessage = value;
                        else
                            delete message.introductionMessage;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.state = value;
                        else
                            delete message.state;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * State enum.
         * @name protobuf.GroupChatInvitation.State
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} REQUEST=1 REQUEST value
         * @property {number} REJECTED=2 REJECTED value
         * @property {number} APPROVED=3 APPROVED value
         */
        GroupChatInvitation.State = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "REQUEST"] = 1;
            values[valuesById[2] = "REJECTED"] = 2;
            values[valuesById[3] = "APPROVED"] = 3;
            return values;
        })();

        return GroupChatInvitation;
    })();

