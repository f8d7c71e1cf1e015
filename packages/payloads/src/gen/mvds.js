/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;




    export const Payload = /*#__PURE__*/ (function() {

        /**
         * Properties of a Payload.
         * @typedef {Object} mvds.Payload.$Properties
         * @property {Array.<Uint8Array>|null} [acks] Payload acks
         * @property {Array.<Uint8Array>|null} [offers] Payload offers
         * @property {Array.<Uint8Array>|null} [requests] Payload requests
         * @property {Array.<mvds.Message.$Properties>|null} [messages] Payload messages
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Payload.
         * @memberof mvds
         * @interface IPayload
         * @augments mvds.Payload.$Properties
         * @deprecated Use mvds.Payload.$Properties instead.
         */

        /**
         * Shape of a Payload.
         * @typedef {mvds.Payload.$Properties} mvds.Payload.$Shape
         */

        /**
         * Constructs a new Payload.
         * @memberof mvds
         * @classdesc Represents a Payload.
         * @constructor
         * @param {mvds.Payload.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Payload = function (properties) {
            this.acks = [];
            this.offers = [];
            this.requests = [];
            this.messages = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Payload acks.
         * @member {Array.<Uint8Array>} acks
         * @memberof mvds.Payload
         * @instance
         */
        Payload.prototype.acks = $util.emptyArray;

        /**
         * Payload offers.
         * @member {Array.<Uint8Array>} offers
         * @memberof mvds.Payload
         * @instance
         */
        Payload.prototype.offers = $util.emptyArray;

        /**
         * Payload requests.
         * @member {Array.<Uint8Array>} requests
         * @memberof mvds.Payload
         * @instance
         */
        Payload.prototype.requests = $util.emptyArray;

        /**
         * Payload messages.
         * @member {Array.<mvds.Message.$Properties>} messages
         * @memberof mvds.Payload
         * @instance
         */
        Payload.prototype.messages = $util.emptyArray;

        /**
         * Creates a new Payload instance using the specified properties.
         * @function create
         * @memberof mvds.Payload
         * @static
         * @param {mvds.Payload.$Properties=} [properties] Properties to set
         * @returns {mvds.Payload} Payload instance
         * @type {{
         *   (properties: mvds.Payload.$Shape): mvds.Payload & mvds.Payload.$Shape;
         *   (properties?: mvds.Payload.$Properties): mvds.Payload;
         * }}
         */
        Payload.create = function(properties) {
            return new Payload(properties);
        };

        /**
         * Encodes the specified Payload message. Does not implicitly {@link mvds.Payload.verify|verify} messages.
         * @function encode
         * @memberof mvds.Payload
         * @static
         * @param {mvds.Payload.$Properties} message Payload message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Payload.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.acks != null && message.acks.length)
                for (let i = 0; i < message.acks.length; ++i)
                    writer.uint32(/* id 5001, wireType 2 =*/40010).bytes(message.acks[i]);
            if (message.offers != null && message.offers.length)
                for (let i = 0; i < message.offers.length; ++i)
                    writer.uint32(/* id 5002, wireType 2 =*/40018).bytes(message.offers[i]);
            if (message.requests != null && message.requests.length)
                for (let i = 0; i < message.requests.length; ++i)
                    writer.uint32(/* id 5003, wireType 2 =*/40026).bytes(message.requests[i]);
            if (message.messages != null && message.messages.length)
                for (let i = 0; i < message.messages.length; ++i)
                    Message.encode(message.messages[i], writer.uint32(/* id 5004, wireType 2 =*/40034).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Payload message from the specified reader or buffer.
         * @function decode
         * @memberof mvds.Payload
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mvds.Payload & mvds.Payload.$Shape} Payload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Payload.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new Payload();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 5001: {
                        if (wireType !== 2)
                            break;
                        if (!(message.acks && message.acks.length))
                            message.acks = [];
                        message.acks.push(reader.bytes());
                        continue;
                    }
                case 5002: {
                        if (wireType !== 2)
                            break;
                        if (!(message.offers && message.offers.length))
                            message.offers = [];
                        message.offers.push(reader.bytes());
                        continue;
                    }
                case 5003: {
                        if (wireType !== 2)
                            break;
                        if (!(message.requests && message.requests.length))
                            message.requests = [];
                        message.requests.push(reader.bytes());
                        continue;
                    }
                case 5004: {
                        if (wireType !== 2)
                            break;
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push(Message.decode(reader, reader.size(), $undefined, _depth + 1));
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

        return Payload;
    })();

    export const Message = /*#__PURE__*/ (function() {

        /**
         * Properties of a Message.
         * @typedef {Object} mvds.Message.$Properties
         * @property {Uint8Array|null} [groupId] Message groupId
         * @property {number|Long|null} [timestamp] Message timestamp
         * @property {Uint8Array|null} [body] Message body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Message.
         * @memberof mvds
         * @interface IMessage
         * @augments mvds.Message.$Properties
         * @deprecated Use mvds.Message.$Properties instead.
         */

        /**
         * Shape of a Message.
         * @typedef {mvds.Message.$Properties} mvds.Message.$Shape
         */

        /**
         * Constructs a new Message.
         * @memberof mvds
         * @classdesc Represents a Message.
         * @constructor
         * @param {mvds.Message.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Message = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Message groupId.
         * @member {Uint8Array} groupId
         * @memberof mvds.Message
         * @instance
         */
        Message.prototype.groupId = $util.newBuffer([]);

        /**
         * Message timestamp.
         * @member {number|Long} timestamp
         * @memberof mvds.Message
         * @instance
         */
        Message.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Message body.
         * @member {Uint8Array} body
         * @memberof mvds.Message
         * @instance
         */
        Message.prototype.body = $util.newBuffer([]);

        /**
         * Creates a new Message instance using the specified properties.
         * @function create
         * @memberof mvds.Message
         * @static
         * @param {mvds.Message.$Properties=} [properties] Properties to set
         * @returns {mvds.Message} Message instance
         * @type {{
         *   (properties: mvds.Message.$Shape): mvds.Message & mvds.Message.$Shape;
         *   (properties?: mvds.Message.$Properties): mvds.Message;
         * }}
         */
        Message.create = function(properties) {
            return new Message(properties);
        };

        /**
         * Encodes the specified Message message. Does not implicitly {@link mvds.Message.verify|verify} messages.
         * @function encode
         * @memberof mvds.Message
         * @static
         * @param {mvds.Message.$Properties} message Message message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Message.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId.length)
                writer.uint32(/* id 6001, wireType 2 =*/48010).bytes(message.groupId);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(/* id 6002, wireType 0 =*/48016).int64(message.timestamp);
            if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                writer.uint32(/* id 6003, wireType 2 =*/48026).bytes(message.body);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Message message from the specified reader or buffer.
         * @function decode
         * @memberof mvds.Message
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mvds.Message & mvds.Message.$Shape} Message
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Message.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new Message();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 6001: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 6002: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                case 6003: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.body = value;
                        else
                            delete message.body;
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

        return Message;
    })();
