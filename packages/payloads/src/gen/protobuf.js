/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;




    export const ApplicationMetadataMessage = /*#__PURE__*/ (function() {

        /**
         * Properties of an ApplicationMetadataMessage.
         * @typedef {Object} protobuf.ApplicationMetadataMessage.$Properties
         * @property {Uint8Array|null} [signature] ApplicationMetadataMessage signature
         * @property {Uint8Array|null} [payload] ApplicationMetadataMessage payload
         * @property {protobuf.ApplicationMetadataMessage.Type|null} [type] ApplicationMetadataMessage type
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ApplicationMetadataMessage.
         * @memberof protobuf
         * @interface IApplicationMetadataMessage
         * @augments protobuf.ApplicationMetadataMessage.$Properties
         * @deprecated Use protobuf.ApplicationMetadataMessage.$Properties instead.
         */

        /**
         * Shape of an ApplicationMetadataMessage.
         * @typedef {protobuf.ApplicationMetadataMessage.$Properties} protobuf.ApplicationMetadataMessage.$Shape
         */

        /**
         * Constructs a new ApplicationMetadataMessage.
         * @memberof protobuf
         * @classdesc Represents an ApplicationMetadataMessage.
         * @constructor
         * @param {protobuf.ApplicationMetadataMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ApplicationMetadataMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ApplicationMetadataMessage signature.
         * @member {Uint8Array} signature
         * @memberof protobuf.ApplicationMetadataMessage
         * @instance
         */
        ApplicationMetadataMessage.prototype.signature = $util.newBuffer([]);

        /**
         * ApplicationMetadataMessage payload.
         * @member {Uint8Array} payload
         * @memberof protobuf.ApplicationMetadataMessage
         * @instance
         */
        ApplicationMetadataMessage.prototype.payload = $util.newBuffer([]);

        /**
         * ApplicationMetadataMessage type.
         * @member {protobuf.ApplicationMetadataMessage.Type} type
         * @memberof protobuf.ApplicationMetadataMessage
         * @instance
         */
        ApplicationMetadataMessage.prototype.type = 0;

        /**
         * Creates a new ApplicationMetadataMessage instance using the specified properties.
         * @function create
         * @memberof protobuf.ApplicationMetadataMessage
         * @static
         * @param {protobuf.ApplicationMetadataMessage.$Properties=} [properties] Properties to set
         * @returns {protobuf.ApplicationMetadataMessage} ApplicationMetadataMessage instance
         * @type {{
         *   (properties: protobuf.ApplicationMetadataMessage.$Shape): protobuf.ApplicationMetadataMessage & protobuf.ApplicationMetadataMessage.$Shape;
         *   (properties?: protobuf.ApplicationMetadataMessage.$Properties): protobuf.ApplicationMetadataMessage;
         * }}
         */
        ApplicationMetadataMessage.create = function(properties) {
            return new ApplicationMetadataMessage(properties);
        };

        /**
         * Encodes the specified ApplicationMetadataMessage message. Does not implicitly {@link protobuf.ApplicationMetadataMessage.verify|verify} messages.
         * @function encode
         * @memberof protobuf.ApplicationMetadataMessage
         * @static
         * @param {protobuf.ApplicationMetadataMessage.$Properties} message ApplicationMetadataMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ApplicationMetadataMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.signature);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ApplicationMetadataMessage message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.ApplicationMetadataMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.ApplicationMetadataMessage & protobuf.ApplicationMetadataMessage.$Shape} ApplicationMetadataMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ApplicationMetadataMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new ApplicationMetadataMessage();
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
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 3: {
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
         * Type enum.
         * @name protobuf.ApplicationMetadataMessage.Type
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} CHAT_MESSAGE=1 CHAT_MESSAGE value
         * @property {number} CONTACT_UPDATE=2 CONTACT_UPDATE value
         * @property {number} MEMBERSHIP_UPDATE_MESSAGE=3 MEMBERSHIP_UPDATE_MESSAGE value
         * @property {number} PAIR_INSTALLATION=4 PAIR_INSTALLATION value
         * @property {number} SYNC_INSTALLATION=5 SYNC_INSTALLATION value
         * @property {number} REQUEST_ADDRESS_FOR_TRANSACTION=6 REQUEST_ADDRESS_FOR_TRANSACTION value
         * @property {number} ACCEPT_REQUEST_ADDRESS_FOR_TRANSACTION=7 ACCEPT_REQUEST_ADDRESS_FOR_TRANSACTION value
         * @property {number} DECLINE_REQUEST_ADDRESS_FOR_TRANSACTION=8 DECLINE_REQUEST_ADDRESS_FOR_TRANSACTION value
         * @property {number} REQUEST_TRANSACTION=9 REQUEST_TRANSACTION value
         * @property {number} SEND_TRANSACTION=10 SEND_TRANSACTION value
         * @property {number} DECLINE_REQUEST_TRANSACTION=11 DECLINE_REQUEST_TRANSACTION value
         * @property {number} SYNC_INSTALLATION_CONTACT=12 SYNC_INSTALLATION_CONTACT value
         * @property {number} SYNC_INSTALLATION_ACCOUNT=13 SYNC_INSTALLATION_ACCOUNT value
         * @property {number} SYNC_INSTALLATION_PUBLIC_CHAT=14 SYNC_INSTALLATION_PUBLIC_CHAT value
         * @property {number} CONTACT_CODE_ADVERTISEMENT=15 CONTACT_CODE_ADVERTISEMENT value
         * @property {number} PUSH_NOTIFICATION_REGISTRATION=16 PUSH_NOTIFICATION_REGISTRATION value
         * @property {number} PUSH_NOTIFICATION_REGISTRATION_RESPONSE=17 PUSH_NOTIFICATION_REGISTRATION_RESPONSE value
         * @property {number} PUSH_NOTIFICATION_QUERY=18 PUSH_NOTIFICATION_QUERY value
         * @property {number} PUSH_NOTIFICATION_QUERY_RESPONSE=19 PUSH_NOTIFICATION_QUERY_RESPONSE value
         * @property {number} PUSH_NOTIFICATION_REQUEST=20 PUSH_NOTIFICATION_REQUEST value
         * @property {number} PUSH_NOTIFICATION_RESPONSE=21 PUSH_NOTIFICATION_RESPONSE value
         * @property {number} EMOJI_REACTION=22 EMOJI_REACTION value
         * @property {number} GROUP_CHAT_INVITATION=23 GROUP_CHAT_INVITATION value
         * @property {number} CHAT_IDENTITY=24 CHAT_IDENTITY value
         * @property {number} COMMUNITY_DESCRIPTION=25 COMMUNITY_DESCRIPTION value
         * @property {number} COMMUNITY_INVITATION=26 COMMUNITY_INVITATION value
         * @property {number} COMMUNITY_REQUEST_TO_JOIN=27 COMMUNITY_REQUEST_TO_JOIN value
         * @property {number} PIN_MESSAGE=28 PIN_MESSAGE value
         */
        ApplicationMetadataMessage.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "CHAT_MESSAGE"] = 1;
            values[valuesById[2] = "CONTACT_UPDATE"] = 2;
            values[valuesById[3] = "MEMBERSHIP_UPDATE_MESSAGE"] = 3;
            values[valuesById[4] = "PAIR_INSTALLATION"] = 4;
            values[valuesById[5] = "SYNC_INSTALLATION"] = 5;
            values[valuesById[6] = "REQUEST_ADDRESS_FOR_TRANSACTION"] = 6;
            values[valuesById[7] = "ACCEPT_REQUEST_ADDRESS_FOR_TRANSACTION"] = 7;
            values[valuesById[8] = "DECLINE_REQUEST_ADDRESS_FOR_TRANSACTION"] = 8;
            values[valuesById[9] = "REQUEST_TRANSACTION"] = 9;
            values[valuesById[10] = "SEND_TRANSACTION"] = 10;
            values[valuesById[11] = "DECLINE_REQUEST_TRANSACTION"] = 11;
            values[valuesById[12] = "SYNC_INSTALLATION_CONTACT"] = 12;
            values[valuesById[13] = "SYNC_INSTALLATION_ACCOUNT"] = 13;
            values[valuesById[14] = "SYNC_INSTALLATION_PUBLIC_CHAT"] = 14;
            values[valuesById[15] = "CONTACT_CODE_ADVERTISEMENT"] = 15;
            values[valuesById[16] = "PUSH_NOTIFICATION_REGISTRATION"] = 16;
            values[valuesById[17] = "PUSH_NOTIFICATION_REGISTRATION_RESPONSE"] = 17;
            values[valuesById[18] = "PUSH_NOTIFICATION_QUERY"] = 18;
            values[valuesById[19] = "PUSH_NOTIFICATION_QUERY_RESPONSE"] = 19;
            values[valuesById[20] = "PUSH_NOTIFICATION_REQUEST"] = 20;
            values[valuesById[21] = "PUSH_NOTIFICATION_RESPONSE"] = 21;
            values[valuesById[22] = "EMOJI_REACTION"] = 22;
            values[valuesById[23] = "GROUP_CHAT_INVITATION"] = 23;
            values[valuesById[24] = "CHAT_IDENTITY"] = 24;
            values[valuesById[25] = "COMMUNITY_DESCRIPTION"] = 25;
            values[valuesById[26] = "COMMUNITY_INVITATION"] = 26;
            values[valuesById[27] = "COMMUNITY_REQUEST_TO_JOIN"] = 27;
            values[valuesById[28] = "PIN_MESSAGE"] = 28;
            return values;
        })();

        return ApplicationMetadataMessage;
    })();

    /**
     * MessageType enum.
     * @name protobuf.MessageType
     * @enum {number}
     * @property {number} UNKNOWN_MESSAGE_TYPE=0 UNKNOWN_MESSAGE_TYPE value
     * @property {number} ONE_TO_ONE=1 ONE_TO_ONE value
     * @property {number} PUBLIC_GROUP=2 PUBLIC_GROUP value
     * @property {number} PRIVATE_GROUP=3 PRIVATE_GROUP value
     * @property {number} SYSTEM_MESSAGE_PRIVATE_GROUP=4 SYSTEM_MESSAGE_PRIVATE_GROUP value
     * @property {number} COMMUNITY_CHAT=5 COMMUNITY_CHAT value
     * @property {number} SYSTEM_MESSAGE_GAP=6 SYSTEM_MESSAGE_GAP value
     */
    export const MessageType = /*#__PURE__*/ (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNKNOWN_MESSAGE_TYPE"] = 0;
        values[valuesById[1] = "ONE_TO_ONE"] = 1;
        values[valuesById[2] = "PUBLIC_GROUP"] = 2;
        values[valuesById[3] = "PRIVATE_GROUP"] = 3;
        values[valuesById[4] = "SYSTEM_MESSAGE_PRIVATE_GROUP"] = 4;
        values[valuesById[5] = "COMMUNITY_CHAT"] = 5;
        values[valuesById[6] = "SYSTEM_MESSAGE_GAP"] = 6;
        return values;
    })();

    /**
     * ImageType enum.
     * @name protobuf.ImageType
     * @enum {number}
     * @property {number} UNKNOWN_IMAGE_TYPE=0 UNKNOWN_IMAGE_TYPE value
     * @property {number} PNG=1 PNG value
     * @property {number} JPEG=2 JPEG value
     * @property {number} WEBP=3 WEBP value
     * @property {number} GIF=4 GIF value
     */
    export const ImageType = /*#__PURE__*/ (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNKNOWN_IMAGE_TYPE"] = 0;
        values[valuesById[1] = "PNG"] = 1;
        values[valuesById[2] = "JPEG"] = 2;
        values[valuesById[3] = "WEBP"] = 3;
        values[valuesById[4] = "GIF"] = 4;
        return values;
    })();

    export const StickerMessage = /*#__PURE__*/ (function() {

        /**
         * Properties of a StickerMessage.
         * @typedef {Object} protobuf.StickerMessage.$Properties
         * @property {string|null} [hash] StickerMessage hash
         * @property {number|null} [pack] StickerMessage pack
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StickerMessage.
         * @memberof protobuf
         * @interface IStickerMessage
         * @augments protobuf.StickerMessage.$Properties
         * @deprecated Use protobuf.StickerMessage.$Properties instead.
         */

        /**
         * Shape of a StickerMessage.
         * @typedef {protobuf.StickerMessage.$Properties} protobuf.StickerMessage.$Shape
         */

        /**
         * Constructs a new StickerMessage.
         * @memberof protobuf
         * @classdesc Represents a StickerMessage.
         * @constructor
         * @param {protobuf.StickerMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StickerMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StickerMessage hash.
         * @member {string} hash
         * @memberof protobuf.StickerMessage
         * @instance
         */
        StickerMessage.prototype.hash = "";

        /**
         * StickerMessage pack.
         * @member {number} pack
         * @memberof protobuf.StickerMessage
         * @instance
         */
        StickerMessage.prototype.pack = 0;

        /**
         * Creates a new StickerMessage instance using the specified properties.
         * @function create
         * @memberof protobuf.StickerMessage
         * @static
         * @param {protobuf.StickerMessage.$Properties=} [properties] Properties to set
         * @returns {protobuf.StickerMessage} StickerMessage instance
         * @type {{
         *   (properties: protobuf.StickerMessage.$Shape): protobuf.StickerMessage & protobuf.StickerMessage.$Shape;
         *   (properties?: protobuf.StickerMessage.$Properties): protobuf.StickerMessage;
         * }}
         */
        StickerMessage.create = function(properties) {
            return new StickerMessage(properties);
        };

        /**
         * Encodes the specified StickerMessage message. Does not implicitly {@link protobuf.StickerMessage.verify|verify} messages.
         * @function encode
         * @memberof protobuf.StickerMessage
         * @static
         * @param {protobuf.StickerMessage.$Properties} message StickerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StickerMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.hash);
            if (message.pack != null && $Object.hasOwnProperty.call(message, "pack") && message.pack !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.pack);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StickerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.StickerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.StickerMessage & protobuf.StickerMessage.$Shape} StickerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StickerMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new StickerMessage();
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
                            message.hash = value;
                        else
                            delete message.hash;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.pack = value;
                        else
                            delete message.pack;
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

        return StickerMessage;
    })();

    export const ImageMessage = /*#__PURE__*/ (function() {

        /**
         * Properties of an ImageMessage.
         * @typedef {Object} protobuf.ImageMessage.$Properties
         * @property {Uint8Array|null} [payload] ImageMessage payload
         * @property {protobuf.ImageType|null} [type] ImageMessage type
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ImageMessage.
         * @memberof protobuf
         * @interface IImageMessage
         * @augments protobuf.ImageMessage.$Properties
         * @deprecated Use protobuf.ImageMessage.$Properties instead.
         */

        /**
         * Shape of an ImageMessage.
         * @typedef {protobuf.ImageMessage.$Properties} protobuf.ImageMessage.$Shape
         */

        /**
         * Constructs a new ImageMessage.
         * @memberof protobuf
         * @classdesc Represents an ImageMessage.
         * @constructor
         * @param {protobuf.ImageMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ImageMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ImageMessage payload.
         * @member {Uint8Array} payload
         * @memberof protobuf.ImageMessage
         * @instance
         */
        ImageMessage.prototype.payload = $util.newBuffer([]);

        /**
         * ImageMessage type.
         * @member {protobuf.ImageType} type
         * @memberof protobuf.ImageMessage
         * @instance
         */
        ImageMessage.prototype.type = 0;

        /**
         * Creates a new ImageMessage instance using the specified properties.
         * @function create
         * @memberof protobuf.ImageMessage
         * @static
         * @param {protobuf.ImageMessage.$Properties=} [properties] Properties to set
         * @returns {protobuf.ImageMessage} ImageMessage instance
         * @type {{
         *   (properties: protobuf.ImageMessage.$Shape): protobuf.ImageMessage & protobuf.ImageMessage.$Shape;
         *   (properties?: protobuf.ImageMessage.$Properties): protobuf.ImageMessage;
         * }}
         */
        ImageMessage.create = function(properties) {
            return new ImageMessage(properties);
        };

        /**
         * Encodes the specified ImageMessage message. Does not implicitly {@link protobuf.ImageMessage.verify|verify} messages.
         * @function encode
         * @memberof protobuf.ImageMessage
         * @static
         * @param {protobuf.ImageMessage.$Properties} message ImageMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ImageMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ImageMessage message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.ImageMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.ImageMessage & protobuf.ImageMessage.$Shape} ImageMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ImageMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new ImageMessage();
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
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 2: {
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

        return ImageMessage;
    })();

    export const AudioMessage = /*#__PURE__*/ (function() {

        /**
         * Properties of an AudioMessage.
         * @typedef {Object} protobuf.AudioMessage.$Properties
         * @property {Uint8Array|null} [payload] AudioMessage payload
         * @property {protobuf.AudioMessage.AudioType|null} [type] AudioMessage type
         * @property {number|Long|null} [durationMs] AudioMessage durationMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AudioMessage.
         * @memberof protobuf
         * @interface IAudioMessage
         * @augments protobuf.AudioMessage.$Properties
         * @deprecated Use protobuf.AudioMessage.$Properties instead.
         */

        /**
         * Shape of an AudioMessage.
         * @typedef {protobuf.AudioMessage.$Properties} protobuf.AudioMessage.$Shape
         */

        /**
         * Constructs a new AudioMessage.
         * @memberof protobuf
         * @classdesc Represents an AudioMessage.
         * @constructor
         * @param {protobuf.AudioMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AudioMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AudioMessage payload.
         * @member {Uint8Array} payload
         * @memberof protobuf.AudioMessage
         * @instance
         */
        AudioMessage.prototype.payload = $util.newBuffer([]);

        /**
         * AudioMessage type.
         * @member {protobuf.AudioMessage.AudioType} type
         * @memberof protobuf.AudioMessage
         * @instance
         */
        AudioMessage.prototype.type = 0;

        /**
         * AudioMessage durationMs.
         * @member {number|Long} durationMs
         * @memberof protobuf.AudioMessage
         * @instance
         */
        AudioMessage.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new AudioMessage instance using the specified properties.
         * @function create
         * @memberof protobuf.AudioMessage
         * @static
         * @param {protobuf.AudioMessage.$Properties=} [properties] Properties to set
         * @returns {protobuf.AudioMessage} AudioMessage instance
         * @type {{
         *   (properties: protobuf.AudioMessage.$Shape): protobuf.AudioMessage & protobuf.AudioMessage.$Shape;
         *   (properties?: protobuf.AudioMessage.$Properties): protobuf.AudioMessage;
         * }}
         */
        AudioMessage.create = function(properties) {
            return new AudioMessage(properties);
        };

        /**
         * Encodes the specified AudioMessage message. Does not implicitly {@link protobuf.AudioMessage.verify|verify} messages.
         * @function encode
         * @memberof protobuf.AudioMessage
         * @static
         * @param {protobuf.AudioMessage.$Properties} message AudioMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AudioMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
            if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.durationMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AudioMessage message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.AudioMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.AudioMessage & protobuf.AudioMessage.$Shape} AudioMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AudioMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new AudioMessage();
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
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.durationMs = value;
                        else
                            delete message.durationMs;
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
         * AudioType enum.
         * @name protobuf.AudioMessage.AudioType
         * @enum {number}
         * @property {number} UNKNOWN_AUDIO_TYPE=0 UNKNOWN_AUDIO_TYPE value
         * @property {number} AAC=1 AAC value
         * @property {number} AMR=2 AMR value
         */
        AudioMessage.AudioType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_AUDIO_TYPE"] = 0;
            values[valuesById[1] = "AAC"] = 1;
            values[valuesById[2] = "AMR"] = 2;
            return values;
        })();

        return AudioMessage;
    })();

    export const ChatMessage = /*#__PURE__*/ (function() {

        /**
         * Properties of a ChatMessage.
         * @typedef {Object} protobuf.ChatMessage.$Properties
         * @property {number|Long|null} [clock] ChatMessage clock
         * @property {number|Long|null} [timestamp] ChatMessage timestamp
         * @property {string|null} [text] ChatMessage text
         * @property {string|null} [responseTo] ChatMessage responseTo
         * @property {string|null} [ensName] ChatMessage ensName
         * @property {string|null} [chatId] ChatMessage chatId
         * @property {protobuf.MessageType|null} [messageType] ChatMessage messageType
         * @property {protobuf.ChatMessage.ContentType|null} [contentType] ChatMessage contentType
         * @property {protobuf.StickerMessage.$Properties|null} [sticker] ChatMessage sticker
         * @property {protobuf.ImageMessage.$Properties|null} [image] ChatMessage image
         * @property {protobuf.AudioMessage.$Properties|null} [audio] ChatMessage audio
         * @property {Uint8Array|null} [community] ChatMessage community
         * @property {Uint8Array|null} [grant] ChatMessage grant
         * @property {"sticker"|"image"|"audio"|"community"} [payload] ChatMessage payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ChatMessage.
         * @memberof protobuf
         * @interface IChatMessage
         * @augments protobuf.ChatMessage.$Properties
         * @deprecated Use protobuf.ChatMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a ChatMessage.
         * @typedef {{
         *   clock?: number|Long|null;
         *   timestamp?: number|Long|null;
         *   text?: string|null;
         *   responseTo?: string|null;
         *   ensName?: string|null;
         *   chatId?: string|null;
         *   messageType?: protobuf.MessageType|null;
         *   contentType?: protobuf.ChatMessage.ContentType|null;
         *   sticker?: protobuf.StickerMessage.$Shape|null;
         *   image?: protobuf.ImageMessage.$Shape|null;
         *   audio?: protobuf.AudioMessage.$Shape|null;
         *   community?: Uint8Array|null;
         *   grant?: Uint8Array|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ payload?: undefined; sticker?: null; image?: null; audio?: null; community?: null }|{ payload?: "sticker"; sticker: protobuf.StickerMessage.$Shape; image?: null; audio?: null; community?: null }|{ payload?: "image"; sticker?: null; image: protobuf.ImageMessage.$Shape; audio?: null; community?: null }|{ payload?: "audio"; sticker?: null; image?: null; audio: protobuf.AudioMessage.$Shape; community?: null }|{ payload?: "community"; sticker?: null; image?: null; audio?: null; community: Uint8Array })
         * )} protobuf.ChatMessage.$Shape
         */

        /**
         * Constructs a new ChatMessage.
         * @memberof protobuf
         * @classdesc Represents a ChatMessage.
         * @constructor
         * @param {protobuf.ChatMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ChatMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ChatMessage clock.
         * @member {number|Long} clock
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ChatMessage timestamp.
         * @member {number|Long} timestamp
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ChatMessage text.
         * @member {string} text
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.text = "";

        /**
         * ChatMessage responseTo.
         * @member {string} responseTo
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.responseTo = "";

        /**
         * ChatMessage ensName.
         * @member {string} ensName
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.ensName = "";

        /**
         * ChatMessage chatId.
         * @member {string} chatId
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.chatId = "";

        /**
         * ChatMessage messageType.
         * @member {protobuf.MessageType} messageType
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.messageType = 0;

        /**
         * ChatMessage contentType.
         * @member {protobuf.ChatMessage.ContentType} contentType
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.contentType = 0;

        /**
         * ChatMessage sticker.
         * @member {protobuf.StickerMessage.$Properties|null|undefined} sticker
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.sticker = null;

        /**
         * ChatMessage image.
         * @member {protobuf.ImageMessage.$Properties|null|undefined} image
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.image = null;

        /**
         * ChatMessage audio.
         * @member {protobuf.AudioMessage.$Properties|null|undefined} audio
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.audio = null;

        /**
         * ChatMessage community.
         * @member {Uint8Array|null|undefined} community
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.community = null;

        /**
         * ChatMessage grant.
         * @member {Uint8Array} grant
         * @memberof protobuf.ChatMessage
         * @instance
         */
        ChatMessage.prototype.grant = $util.newBuffer([]);

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ChatMessage payload.
         * @member {"sticker"|"image"|"audio"|"community"|undefined} payload
         * @memberof protobuf.ChatMessage
         * @instance
         */
        $Object.defineProperty(ChatMessage.prototype, "payload", {
            get: $util.oneOfGetter($oneOfFields = ["sticker", "image", "audio", "community"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ChatMessage instance using the specified properties.
         * @function create
         * @memberof protobuf.ChatMessage
         * @static
         * @param {protobuf.ChatMessage.$Properties=} [properties] Properties to set
         * @returns {protobuf.ChatMessage} ChatMessage instance
         * @type {{
         *   (properties: protobuf.ChatMessage.$Shape): protobuf.ChatMessage & protobuf.ChatMessage.$Shape;
         *   (properties?: protobuf.ChatMessage.$Properties): protobuf.ChatMessage;
         * }}
         */
        ChatMessage.create = function(properties) {
            return new ChatMessage(properties);
        };

        /**
         * Encodes the specified ChatMessage message. Does not implicitly {@link protobuf.ChatMessage.verify|verify} messages.
         * @function encode
         * @memberof protobuf.ChatMessage
         * @static
         * @param {protobuf.ChatMessage.$Properties} message ChatMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChatMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestamp);
            if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
            if (message.responseTo != null && $Object.hasOwnProperty.call(message, "responseTo") && message.responseTo !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.responseTo);
            if (message.ensName != null && $Object.hasOwnProperty.call(message, "ensName") && message.ensName !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.ensName);
            if (message.chatId != null && $Object.hasOwnProperty.call(message, "chatId") && message.chatId !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.chatId);
            if (message.messageType != null && $Object.hasOwnProperty.call(message, "messageType") && message.messageType !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).int32(message.messageType);
            if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).int32(message.contentType);
            if (message.sticker != null && $Object.hasOwnProperty.call(message, "sticker"))
                StickerMessage.encode(message.sticker, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                ImageMessage.encode(message.image, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.audio != null && $Object.hasOwnProperty.call(message, "audio"))
                AudioMessage.encode(message.audio, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.community != null && $Object.hasOwnProperty.call(message, "community"))
                writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.community);
            if (message.grant != null && $Object.hasOwnProperty.call(message, "grant") && message.grant.length)
                writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.grant);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ChatMessage message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.ChatMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.ChatMessage & protobuf.ChatMessage.$Shape} ChatMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChatMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new ChatMessage();
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
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.text = value;
                        else
                            delete message.text;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.responseTo = value;
                        else
                            delete message.responseTo;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ensName = value;
                        else
                            delete message.ensName;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.chatId = value;
                        else
                            delete message.chatId;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.messageType = value;
                        else
                            delete message.messageType;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.contentType = value;
                        else
                            delete message.contentType;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.sticker = StickerMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.sticker);
                        message.payload = "sticker";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.image = ImageMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                        message.payload = "image";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.audio = AudioMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.audio);
                        message.payload = "audio";
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.community = reader.bytes();
                        message.payload = "community";
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.grant = value;
                        else
                            delete message.grant;
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
         * ContentType enum.
         * @name protobuf.ChatMessage.ContentType
         * @enum {number}
         * @property {number} UNKNOWN_CONTENT_TYPE=0 UNKNOWN_CONTENT_TYPE value
         * @property {number} TEXT_PLAIN=1 TEXT_PLAIN value
         * @property {number} STICKER=2 STICKER value
         * @property {number} STATUS=3 STATUS value
         * @property {number} EMOJI=4 EMOJI value
         * @property {number} TRANSACTION_COMMAND=5 TRANSACTION_COMMAND value
         * @property {number} SYSTEM_MESSAGE_CONTENT_PRIVATE_GROUP=6 SYSTEM_MESSAGE_CONTENT_PRIVATE_GROUP value
         * @property {number} IMAGE=7 IMAGE value
         * @property {number} AUDIO=8 AUDIO value
         * @property {number} COMMUNITY=9 COMMUNITY value
         * @property {number} SYSTEM_MESSAGE_GAP=10 SYSTEM_MESSAGE_GAP value
         */
        ChatMessage.ContentType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_CONTENT_TYPE"] = 0;
            values[valuesById[1] = "TEXT_PLAIN"] = 1;
            values[valuesById[2] = "STICKER"] = 2;
            values[valuesById[3] = "STATUS"] = 3;
            values[valuesById[4] = "EMOJI"] = 4;
            values[valuesById[5] = "TRANSACTION_COMMAND"] = 5;
            values[valuesById[6] = "SYSTEM_MESSAGE_CONTENT_PRIVATE_GROUP"] = 6;
            values[valuesById[7] = "IMAGE"] = 7;
            values[valuesById[8] = "AUDIO"] = 8;
            values[valuesById[9] = "COMMUNITY"] = 9;
            values[valuesById[10] = "SYSTEM_MESSAGE_GAP"] = 10;
            return values;
        })();

        return ChatMessage;
    })();

    export const ContactUpdate = /*#__PURE__*/ (function() {

        /**
         * Properties of a ContactUpdate.
         * @typedef {Object} protobuf.ContactUpdate.$Properties
         * @property {number|Long|null} [clock] ContactUpdate clock
         * @property {string|null} [ensName] ContactUpdate ensName
         * @property {string|null} [profileImage] ContactUpdate profileImage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ContactUpdate.
         * @memberof protobuf
         * @interface IContactUpdate
         * @augments protobuf.ContactUpdate.$Properties
         * @deprecated Use protobuf.ContactUpdate.$Properties instead.
         */

        /**
         * Shape of a ContactUpdate.
         * @typedef {protobuf.ContactUpdate.$Properties} protobuf.ContactUpdate.$Shape
         */

        /**
         * Constructs a new ContactUpdate.
         * @memberof protobuf
         * @classdesc Represents a ContactUpdate.
         * @constructor
         * @param {protobuf.ContactUpdate.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ContactUpdate = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ContactUpdate clock.
         * @member {number|Long} clock
         * @memberof protobuf.ContactUpdate
         * @instance
         */
        ContactUpdate.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ContactUpdate ensName.
         * @member {string} ensName
         * @memberof protobuf.ContactUpdate
         * @instance
         */
        ContactUpdate.prototype.ensName = "";

        /**
         * ContactUpdate profileImage.
         * @member {string} profileImage
         * @memberof protobuf.ContactUpdate
         * @instance
         */
        ContactUpdate.prototype.profileImage = "";

        /**
         * Creates a new ContactUpdate instance using the specified properties.
         * @function create
         * @memberof protobuf.ContactUpdate
         * @static
         * @param {protobuf.ContactUpdate.$Properties=} [properties] Properties to set
         * @returns {protobuf.ContactUpdate} ContactUpdate instance
         * @type {{
         *   (properties: protobuf.ContactUpdate.$Shape): protobuf.ContactUpdate & protobuf.ContactUpdate.$Shape;
         *   (properties?: protobuf.ContactUpdate.$Properties): protobuf.ContactUpdate;
         * }}
         */
        ContactUpdate.create = function(properties) {
            return new ContactUpdate(properties);
        };

        /**
         * Encodes the specified ContactUpdate message. Does not implicitly {@link protobuf.ContactUpdate.verify|verify} messages.
         * @function encode
         * @memberof protobuf.ContactUpdate
         * @static
         * @param {protobuf.ContactUpdate.$Properties} message ContactUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ContactUpdate.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.ensName != null && $Object.hasOwnProperty.call(message, "ensName") && message.ensName !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.ensName);
            if (message.profileImage != null && $Object.hasOwnProperty.call(message, "profileImage") && message.profileImage !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.profileImage);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ContactUpdate message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.ContactUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.ContactUpdate & protobuf.ContactUpdate.$Shape} ContactUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ContactUpdate.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new ContactUpdate();
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
                            message.ensName = value;
                        else
                            delete message.ensName;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.profileImage = value;
                        else
                            delete message.profileImage;
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

        return ContactUpdate;
    })();

    export const RequestAddressForTransaction = /*#__PURE__*/ (function() {

        /**
         * Properties of a RequestAddressForTransaction.
         * @typedef {Object} protobuf.RequestAddressForTransaction.$Properties
         * @property {number|Long|null} [clock] RequestAddressForTransaction clock
         * @property {string|null} [value] RequestAddressForTransaction value
         * @property {string|null} [contract] RequestAddressForTransaction contract
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RequestAddressForTransaction.
         * @memberof protobuf
         * @interface IRequestAddressForTransaction
         * @augments protobuf.RequestAddressForTransaction.$Properties
         * @deprecated Use protobuf.RequestAddressForTransaction.$Properties instead.
         */

        /**
         * Shape of a RequestAddressForTransaction.
         * @typedef {protobuf.RequestAddressForTransaction.$Properties} protobuf.RequestAddressForTransaction.$Shape
         */

        /**
         * Constructs a new RequestAddressForTransaction.
         * @memberof protobuf
         * @classdesc Represents a RequestAddressForTransaction.
         * @constructor
         * @param {protobuf.RequestAddressForTransaction.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RequestAddressForTransaction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RequestAddressForTransaction clock.
         * @member {number|Long} clock
         * @memberof protobuf.RequestAddressForTransaction
         * @instance
         */
        RequestAddressForTransaction.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RequestAddressForTransaction value.
         * @member {string} value
         * @memberof protobuf.RequestAddressForTransaction
         * @instance
         */
        RequestAddressForTransaction.prototype.value = "";

        /**
         * RequestAddressForTransaction contract.
         * @member {string} contract
         * @memberof protobuf.RequestAddressForTransaction
         * @instance
         */
        RequestAddressForTransaction.prototype.contract = "";

        /**
         * Creates a new RequestAddressForTransaction instance using the specified properties.
         * @function create
         * @memberof protobuf.RequestAddressForTransaction
         * @static
         * @param {protobuf.RequestAddressForTransaction.$Properties=} [properties] Properties to set
         * @returns {protobuf.RequestAddressForTransaction} RequestAddressForTransaction instance
         * @type {{
         *   (properties: protobuf.RequestAddressForTransaction.$Shape): protobuf.RequestAddressForTransaction & protobuf.RequestAddressForTransaction.$Shape;
         *   (properties?: protobuf.RequestAddressForTransaction.$Properties): protobuf.RequestAddressForTransaction;
         * }}
         */
        RequestAddressForTransaction.create = function(properties) {
            return new RequestAddressForTransaction(properties);
        };

        /**
         * Encodes the specified RequestAddressForTransaction message. Does not implicitly {@link protobuf.RequestAddressForTransaction.verify|verify} messages.
         * @function encode
         * @memberof protobuf.RequestAddressForTransaction
         * @static
         * @param {protobuf.RequestAddressForTransaction.$Properties} message RequestAddressForTransaction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RequestAddressForTransaction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
            if (message.contract != null && $Object.hasOwnProperty.call(message, "contract") && message.contract !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.contract);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RequestAddressForTransaction message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.RequestAddressForTransaction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.RequestAddressForTransaction & protobuf.RequestAddressForTransaction.$Shape} RequestAddressForTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RequestAddressForTransaction.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new RequestAddressForTransaction();
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
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.contract = value;
                        else
                            delete message.contract;
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

        return RequestAddressForTransaction;
    })();

    export const AcceptRequestAddressForTransaction = /*#__PURE__*/ (function() {

        /**
         * Properties of an AcceptRequestAddressForTransaction.
         * @typedef {Object} protobuf.AcceptRequestAddressForTransaction.$Properties
         * @property {number|Long|null} [clock] AcceptRequestAddressForTransaction clock
         * @property {string|null} [id] AcceptRequestAddressForTransaction id
         * @property {string|null} [address] AcceptRequestAddressForTransaction address
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AcceptRequestAddressForTransaction.
         * @memberof protobuf
         * @interface IAcceptRequestAddressForTransaction
         * @augments protobuf.AcceptRequestAddressForTransaction.$Properties
         * @deprecated Use protobuf.AcceptRequestAddressForTransaction.$Properties instead.
         */

        /**
         * Shape of an AcceptRequestAddressForTransaction.
         * @typedef {protobuf.AcceptRequestAddressForTransaction.$Properties} protobuf.AcceptRequestAddressForTransaction.$Shape
         */

        /**
         * Constructs a new AcceptRequestAddressForTransaction.
         * @memberof protobuf
         * @classdesc Represents an AcceptRequestAddressForTransaction.
         * @constructor
         * @param {protobuf.AcceptRequestAddressForTransaction.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AcceptRequestAddressForTransaction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AcceptRequestAddressForTransaction clock.
         * @member {number|Long} clock
         * @memberof protobuf.AcceptRequestAddressForTransaction
         * @instance
         */
        AcceptRequestAddressForTransaction.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AcceptRequestAddressForTransaction id.
         * @member {string} id
         * @memberof protobuf.AcceptRequestAddressForTransaction
         * @instance
         */
        AcceptRequestAddressForTransaction.prototype.id = "";

        /**
         * AcceptRequestAddressForTransaction address.
         * @member {string} address
         * @memberof protobuf.AcceptRequestAddressForTransaction
         * @instance
         */
        AcceptRequestAddressForTransaction.prototype.address = "";

        /**
         * Creates a new AcceptRequestAddressForTransaction instance using the specified properties.
         * @function create
         * @memberof protobuf.AcceptRequestAddressForTransaction
         * @static
         * @param {protobuf.AcceptRequestAddressForTransaction.$Properties=} [properties] Properties to set
         * @returns {protobuf.AcceptRequestAddressForTransaction} AcceptRequestAddressForTransaction instance
         * @type {{
         *   (properties: protobuf.AcceptRequestAddressForTransaction.$Shape): protobuf.AcceptRequestAddressForTransaction & protobuf.AcceptRequestAddressForTransaction.$Shape;
         *   (properties?: protobuf.AcceptRequestAddressForTransaction.$Properties): protobuf.AcceptRequestAddressForTransaction;
         * }}
         */
        AcceptRequestAddressForTransaction.create = function(properties) {
            return new AcceptRequestAddressForTransaction(properties);
        };

        /**
         * Encodes the specified AcceptRequestAddressForTransaction message. Does not implicitly {@link protobuf.AcceptRequestAddressForTransaction.verify|verify} messages.
         * @function encode
         * @memberof protobuf.AcceptRequestAddressForTransaction
         * @static
         * @param {protobuf.AcceptRequestAddressForTransaction.$Properties} message AcceptRequestAddressForTransaction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AcceptRequestAddressForTransaction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.address);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AcceptRequestAddressForTransaction message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.AcceptRequestAddressForTransaction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.AcceptRequestAddressForTransaction & protobuf.AcceptRequestAddressForTransaction.$Shape} AcceptRequestAddressForTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AcceptRequestAddressForTransaction.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new AcceptRequestAddressForTransaction();
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
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.address = value;
                        else
                            delete message.address;
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

        return AcceptRequestAddressForTransaction;
    })();

    export const DeclineRequestAddressForTransaction = /*#__PURE__*/ (function() {

        /**
         * Properties of a DeclineRequestAddressForTransaction.
         * @typedef {Object} protobuf.DeclineRequestAddressForTransaction.$Properties
         * @property {number|Long|null} [clock] DeclineRequestAddressForTransaction clock
         * @property {string|null} [id] DeclineRequestAddressForTransaction id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeclineRequestAddressForTransaction.
         * @memberof protobuf
         * @interface IDeclineRequestAddressForTransaction
         * @augments protobuf.DeclineRequestAddressForTransaction.$Properties
         * @deprecated Use protobuf.DeclineRequestAddressForTransaction.$Properties instead.
         */

        /**
         * Shape of a DeclineRequestAddressForTransaction.
         * @typedef {protobuf.DeclineRequestAddressForTransaction.$Properties} protobuf.DeclineRequestAddressForTransaction.$Shape
         */

        /**
         * Constructs a new DeclineRequestAddressForTransaction.
         * @memberof protobuf
         * @classdesc Represents a DeclineRequestAddressForTransaction.
         * @constructor
         * @param {protobuf.DeclineRequestAddressForTransaction.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeclineRequestAddressForTransaction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeclineRequestAddressForTransaction clock.
         * @member {number|Long} clock
         * @memberof protobuf.DeclineRequestAddressForTransaction
         * @instance
         */
        DeclineRequestAddressForTransaction.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DeclineRequestAddressForTransaction id.
         * @member {string} id
         * @memberof protobuf.DeclineRequestAddressForTransaction
         * @instance
         */
        DeclineRequestAddressForTransaction.prototype.id = "";

        /**
         * Creates a new DeclineRequestAddressForTransaction instance using the specified properties.
         * @function create
         * @memberof protobuf.DeclineRequestAddressForTransaction
         * @static
         * @param {protobuf.DeclineRequestAddressForTransaction.$Properties=} [properties] Properties to set
         * @returns {protobuf.DeclineRequestAddressForTransaction} DeclineRequestAddressForTransaction instance
         * @type {{
         *   (properties: protobuf.DeclineRequestAddressForTransaction.$Shape): protobuf.DeclineRequestAddressForTransaction & protobuf.DeclineRequestAddressForTransaction.$Shape;
         *   (properties?: protobuf.DeclineRequestAddressForTransaction.$Properties): protobuf.DeclineRequestAddressForTransaction;
         * }}
         */
        DeclineRequestAddressForTransaction.create = function(properties) {
            return new DeclineRequestAddressForTransaction(properties);
        };

        /**
         * Encodes the specified DeclineRequestAddressForTransaction message. Does not implicitly {@link protobuf.DeclineRequestAddressForTransaction.verify|verify} messages.
         * @function encode
         * @memberof protobuf.DeclineRequestAddressForTransaction
         * @static
         * @param {protobuf.DeclineRequestAddressForTransaction.$Properties} message DeclineRequestAddressForTransaction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeclineRequestAddressForTransaction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeclineRequestAddressForTransaction message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.DeclineRequestAddressForTransaction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.DeclineRequestAddressForTransaction & protobuf.DeclineRequestAddressForTransaction.$Shape} DeclineRequestAddressForTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeclineRequestAddressForTransaction.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new DeclineRequestAddressForTransaction();
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
                            message.id = value;
                        else
                            delete message.id;
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

        return DeclineRequestAddressForTransaction;
    })();

    export const DeclineRequestTransaction = /*#__PURE__*/ (function() {

        /**
         * Properties of a DeclineRequestTransaction.
         * @typedef {Object} protobuf.DeclineRequestTransaction.$Properties
         * @property {number|Long|null} [clock] DeclineRequestTransaction clock
         * @property {string|null} [id] DeclineRequestTransaction id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeclineRequestTransaction.
         * @memberof protobuf
         * @interface IDeclineRequestTransaction
         * @augments protobuf.DeclineRequestTransaction.$Properties
         * @deprecated Use protobuf.DeclineRequestTransaction.$Properties instead.
         */

        /**
         * Shape of a DeclineRequestTransaction.
         * @typedef {protobuf.DeclineRequestTransaction.$Properties} protobuf.DeclineRequestTransaction.$Shape
         */

        /**
         * Constructs a new DeclineRequestTransaction.
         * @memberof protobuf
         * @classdesc Represents a DeclineRequestTransaction.
         * @constructor
         * @param {protobuf.DeclineRequestTransaction.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeclineRequestTransaction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeclineRequestTransaction clock.
         * @member {number|Long} clock
         * @memberof protobuf.DeclineRequestTransaction
         * @instance
         */
        DeclineRequestTransaction.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DeclineRequestTransaction id.
         * @member {string} id
         * @memberof protobuf.DeclineRequestTransaction
         * @instance
         */
        DeclineRequestTransaction.prototype.id = "";

        /**
         * Creates a new DeclineRequestTransaction instance using the specified properties.
         * @function create
         * @memberof protobuf.DeclineRequestTransaction
         * @static
         * @param {protobuf.DeclineRequestTransaction.$Properties=} [properties] Properties to set
         * @returns {protobuf.DeclineRequestTransaction} DeclineRequestTransaction instance
         * @type {{
         *   (properties: protobuf.DeclineRequestTransaction.$Shape): protobuf.DeclineRequestTransaction & protobuf.DeclineRequestTransaction.$Shape;
         *   (properties?: protobuf.DeclineRequestTransaction.$Properties): protobuf.DeclineRequestTransaction;
         * }}
         */
        DeclineRequestTransaction.create = function(properties) {
            return new DeclineRequestTransaction(properties);
        };

        /**
         * Encodes the specified DeclineRequestTransaction message. Does not implicitly {@link protobuf.DeclineRequestTransaction.verify|verify} messages.
         * @function encode
         * @memberof protobuf.DeclineRequestTransaction
         * @static
         * @param {protobuf.DeclineRequestTransaction.$Properties} message DeclineRequestTransaction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeclineRequestTransaction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeclineRequestTransaction message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.DeclineRequestTransaction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.DeclineRequestTransaction & protobuf.DeclineRequestTransaction.$Shape} DeclineRequestTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeclineRequestTransaction.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new DeclineRequestTransaction();
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
                            message.id = value;
                        else
                            delete message.id;
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

        return DeclineRequestTransaction;
    })();

    export const RequestTransaction = /*#__PURE__*/ (function() {

        /**
         * Properties of a RequestTransaction.
         * @typedef {Object} protobuf.RequestTransaction.$Properties
         * @property {number|Long|null} [clock] RequestTransaction clock
         * @property {string|null} [address] RequestTransaction address
         * @property {string|null} [value] RequestTransaction value
         * @property {string|null} [contract] RequestTransaction contract
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RequestTransaction.
         * @memberof protobuf
         * @interface IRequestTransaction
         * @augments protobuf.RequestTransaction.$Properties
         * @deprecated Use protobuf.RequestTransaction.$Properties instead.
         */

        /**
         * Shape of a RequestTransaction.
         * @typedef {protobuf.RequestTransaction.$Properties} protobuf.RequestTransaction.$Shape
         */

        /**
         * Constructs a new RequestTransaction.
         * @memberof protobuf
         * @classdesc Represents a RequestTransaction.
         * @constructor
         * @param {protobuf.RequestTransaction.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RequestTransaction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RequestTransaction clock.
         * @member {number|Long} clock
         * @memberof protobuf.RequestTransaction
         * @instance
         */
        RequestTransaction.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RequestTransaction address.
         * @member {string} address
         * @memberof protobuf.RequestTransaction
         * @instance
         */
        RequestTransaction.prototype.address = "";

        /**
         * RequestTransaction value.
         * @member {string} value
         * @memberof protobuf.RequestTransaction
         * @instance
         */
        RequestTransaction.prototype.value = "";

        /**
         * RequestTransaction contract.
         * @member {string} contract
         * @memberof protobuf.RequestTransaction
         * @instance
         */
        RequestTransaction.prototype.contract = "";

        /**
         * Creates a new RequestTransaction instance using the specified properties.
         * @function create
         * @memberof protobuf.RequestTransaction
         * @static
         * @param {protobuf.RequestTransaction.$Properties=} [properties] Properties to set
         * @returns {protobuf.RequestTransaction} RequestTransaction instance
         * @type {{
         *   (properties: protobuf.RequestTransaction.$Shape): protobuf.RequestTransaction & protobuf.RequestTransaction.$Shape;
         *   (properties?: protobuf.RequestTransaction.$Properties): protobuf.RequestTransaction;
         * }}
         */
        RequestTransaction.create = function(properties) {
            return new RequestTransaction(properties);
        };

        /**
         * Encodes the specified RequestTransaction message. Does not implicitly {@link protobuf.RequestTransaction.verify|verify} messages.
         * @function encode
         * @memberof protobuf.RequestTransaction
         * @static
         * @param {protobuf.RequestTransaction.$Properties} message RequestTransaction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RequestTransaction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.value);
            if (message.contract != null && $Object.hasOwnProperty.call(message, "contract") && message.contract !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.contract);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RequestTransaction message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.RequestTransaction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.RequestTransaction & protobuf.RequestTransaction.$Shape} RequestTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RequestTransaction.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new RequestTransaction();
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
                            message.address = value;
                        else
                            delete message.address;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.contract = value;
                        else
                            delete message.contract;
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

        return RequestTransaction;
    })();

    export const SendTransaction = /*#__PURE__*/ (function() {

        /**
         * Properties of a SendTransaction.
         * @typedef {Object} protobuf.SendTransaction.$Properties
         * @property {number|Long|null} [clock] SendTransaction clock
         * @property {string|null} [id] SendTransaction id
         * @property {string|null} [transactionHash] SendTransaction transactionHash
         * @property {Uint8Array|null} [signature] SendTransaction signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SendTransaction.
         * @memberof protobuf
         * @interface ISendTransaction
         * @augments protobuf.SendTransaction.$Properties
         * @deprecated Use protobuf.SendTransaction.$Properties instead.
         */

        /**
         * Shape of a SendTransaction.
         * @typedef {protobuf.SendTransaction.$Properties} protobuf.SendTransaction.$Shape
         */

        /**
         * Constructs a new SendTransaction.
         * @memberof protobuf
         * @classdesc Represents a SendTransaction.
         * @constructor
         * @param {protobuf.SendTransaction.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SendTransaction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SendTransaction clock.
         * @member {number|Long} clock
         * @memberof protobuf.SendTransaction
         * @instance
         */
        SendTransaction.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SendTransaction id.
         * @member {string} id
         * @memberof protobuf.SendTransaction
         * @instance
         */
        SendTransaction.prototype.id = "";

        /**
         * SendTransaction transactionHash.
         * @member {string} transactionHash
         * @memberof protobuf.SendTransaction
         * @instance
         */
        SendTransaction.prototype.transactionHash = "";

        /**
         * SendTransaction signature.
         * @member {Uint8Array} signature
         * @memberof protobuf.SendTransaction
         * @instance
         */
        SendTransaction.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new SendTransaction instance using the specified properties.
         * @function create
         * @memberof protobuf.SendTransaction
         * @static
         * @param {protobuf.SendTransaction.$Properties=} [properties] Properties to set
         * @returns {protobuf.SendTransaction} SendTransaction instance
         * @type {{
         *   (properties: protobuf.SendTransaction.$Shape): protobuf.SendTransaction & protobuf.SendTransaction.$Shape;
         *   (properties?: protobuf.SendTransaction.$Properties): protobuf.SendTransaction;
         * }}
         */
        SendTransaction.create = function(properties) {
            return new SendTransaction(properties);
        };

        /**
         * Encodes the specified SendTransaction message. Does not implicitly {@link protobuf.SendTransaction.verify|verify} messages.
         * @function encode
         * @memberof protobuf.SendTransaction
         * @static
         * @param {protobuf.SendTransaction.$Properties} message SendTransaction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SendTransaction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
            if (message.transactionHash != null && $Object.hasOwnProperty.call(message, "transactionHash") && message.transactionHash !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.transactionHash);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SendTransaction message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.SendTransaction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.SendTransaction & protobuf.SendTransaction.$Shape} SendTransaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SendTransaction.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new SendTransaction();
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
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.transactionHash = value;
                        else
                            delete message.transactionHash;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
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

        return SendTransaction;
    })();

    export const EmojiReaction = /*#__PURE__*/ (function() {

        /**
         * Properties of an EmojiReaction.
         * @typedef {Object} protobuf.EmojiReaction.$Properties
         * @property {number|Long|null} [clock] EmojiReaction clock
         * @property {string|null} [chatId] EmojiReaction chatId
         * @property {string|null} [messageId] EmojiReaction messageId
         * @property {protobuf.MessageType|null} [messageType] EmojiReaction messageType
         * @property {protobuf.EmojiReaction.Type|null} [type] EmojiReaction type
         * @property {boolean|null} [retracted] EmojiReaction retracted
         * @property {Uint8Array|null} [grant] EmojiReaction grant
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EmojiReaction.
         * @memberof protobuf
         * @interface IEmojiReaction
         * @augments protobuf.EmojiReaction.$Properties
         * @deprecated Use protobuf.EmojiReaction.$Properties instead.
         */

        /**
         * Shape of an EmojiReaction.
         * @typedef {protobuf.EmojiReaction.$Properties} protobuf.EmojiReaction.$Shape
         */

        /**
         * Constructs a new EmojiReaction.
         * @memberof protobuf
         * @classdesc Represents an EmojiReaction.
         * @constructor
         * @param {protobuf.EmojiReaction.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EmojiReaction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * EmojiReaction clock.
         * @member {number|Long} clock
         * @memberof protobuf.EmojiReaction
         * @instance
         */
        EmojiReaction.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * EmojiReaction chatId.
         * @member {string} chatId
         * @memberof protobuf.EmojiReaction
         * @instance
         */
        EmojiReaction.prototype.chatId = "";

        /**
         * EmojiReaction messageId.
         * @member {string} messageId
         * @memberof protobuf.EmojiReaction
         * @instance
         */
        EmojiReaction.prototype.messageId = "";

        /**
         * EmojiReaction messageType.
         * @member {protobuf.MessageType} messageType
         * @memberof protobuf.EmojiReaction
         * @instance
         */
        EmojiReaction.prototype.messageType = 0;

        /**
         * EmojiReaction type.
         * @member {protobuf.EmojiReaction.Type} type
         * @memberof protobuf.EmojiReaction
         * @instance
         */
        EmojiReaction.prototype.type = 0;

        /**
         * EmojiReaction retracted.
         * @member {boolean} retracted
         * @memberof protobuf.EmojiReaction
         * @instance
         */
        EmojiReaction.prototype.retracted = false;

        /**
         * EmojiReaction grant.
         * @member {Uint8Array} grant
         * @memberof protobuf.EmojiReaction
         * @instance
         */
        EmojiReaction.prototype.grant = $util.newBuffer([]);

        /**
         * Creates a new EmojiReaction instance using the specified properties.
         * @function create
         * @memberof protobuf.EmojiReaction
         * @static
         * @param {protobuf.EmojiReaction.$Properties=} [properties] Properties to set
         * @returns {protobuf.EmojiReaction} EmojiReaction instance
         * @type {{
         *   (properties: protobuf.EmojiReaction.$Shape): protobuf.EmojiReaction & protobuf.EmojiReaction.$Shape;
         *   (properties?: protobuf.EmojiReaction.$Properties): protobuf.EmojiReaction;
         * }}
         */
        EmojiReaction.create = function(properties) {
            return new EmojiReaction(properties);
        };

        /**
         * Encodes the specified EmojiReaction message. Does not implicitly {@link protobuf.EmojiReaction.verify|verify} messages.
         * @function encode
         * @memberof protobuf.EmojiReaction
         * @static
         * @param {protobuf.EmojiReaction.$Properties} message EmojiReaction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EmojiReaction.encode = function (message, writer, _depth) {
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
            if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.messageId);
            if (message.messageType != null && $Object.hasOwnProperty.call(message, "messageType") && message.messageType !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.messageType);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.type);
            if (message.retracted != null && $Object.hasOwnProperty.call(message, "retracted") && message.retracted !== false)
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.retracted);
            if (message.grant != null && $Object.hasOwnProperty.call(message, "grant") && message.grant.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.grant);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an EmojiReaction message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.EmojiReaction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.EmojiReaction & protobuf.EmojiReaction.$Shape} EmojiReaction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EmojiReaction.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new EmojiReaction();
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
                            message.messageId = value;
                        else
                            delete message.messageId;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.messageType = value;
                        else
                            delete message.messageType;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.retracted = value;
                        else
                            delete message.retracted;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.grant = value;
                        else
                            delete message.grant;
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
         * Type enum.
         * @name protobuf.EmojiReaction.Type
         * @enum {number}
         * @property {number} UNKNOWN_EMOJI_REACTION_TYPE=0 UNKNOWN_EMOJI_REACTION_TYPE value
         * @property {number} LOVE=1 LOVE value
         * @property {number} THUMBS_UP=2 THUMBS_UP value
         * @property {number} THUMBS_DOWN=3 THUMBS_DOWN value
         * @property {number} LAUGH=4 LAUGH value
         * @property {number} SAD=5 SAD value
         * @property {number} ANGRY=6 ANGRY value
         */
        EmojiReaction.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_EMOJI_REACTION_TYPE"] = 0;
            values[valuesById[1] = "LOVE"] = 1;
            values[valuesById[2] = "THUMBS_UP"] = 2;
            values[valuesById[3] = "THUMBS_DOWN"] = 3;
            values[valuesById[4] = "LAUGH"] = 4;
            values[valuesById[5] = "SAD"] = 5;
            values[valuesById[6] = "ANGRY"] = 6;
            return values;
        })();

        return EmojiReaction;
    })();

    export const PushNotificationRegistration = /*#__PURE__*/ (function() {

        /**
         * Properties of a PushNotificationRegistration.
         * @typedef {Object} protobuf.PushNotificationRegistration.$Properties
         * @property {protobuf.PushNotificationRegistration.TokenType|null} [tokenType] PushNotificationRegistration tokenType
         * @property {string|null} [deviceToken] PushNotificationRegistration deviceToken
         * @property {string|null} [installationId] PushNotificationRegistration installationId
         * @property {string|null} [accessToken] PushNotificationRegistration accessToken
         * @property {boolean|null} [enabled] PushNotificationRegistration enabled
         * @property {number|Long|null} [version] PushNotificationRegistration version
         * @property {Array.<Uint8Array>|null} [allowedKeyList] PushNotificationRegistration allowedKeyList
         * @property {Array.<Uint8Array>|null} [blockedChatList] PushNotificationRegistration blockedChatList
         * @property {boolean|null} [unregister] PushNotificationRegistration unregister
         * @property {Uint8Array|null} [grant] PushNotificationRegistration grant
         * @property {boolean|null} [allowFromContactsOnly] PushNotificationRegistration allowFromContactsOnly
         * @property {string|null} [apnTopic] PushNotificationRegistration apnTopic
         * @property {boolean|null} [blockMentions] PushNotificationRegistration blockMentions
         * @property {Array.<Uint8Array>|null} [allowedMentionsChatList] PushNotificationRegistration allowedMentionsChatList
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushNotificationRegistration.
         * @memberof protobuf
         * @interface IPushNotificationRegistration
         * @augments protobuf.PushNotificationRegistration.$Properties
         * @deprecated Use protobuf.PushNotificationRegistration.$Properties instead.
         */

        /**
         * Shape of a PushNotificationRegistration.
         * @typedef {protobuf.PushNotificationRegistration.$Properties} protobuf.PushNotificationRegistration.$Shape
         */

        /**
         * Constructs a new PushNotificationRegistration.
         * @memberof protobuf
         * @classdesc Represents a PushNotificationRegistration.
         * @constructor
         * @param {protobuf.PushNotificationRegistration.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushNotificationRegistration = function (properties) {
            this.allowedKeyList = [];
            this.blockedChatList = [];
            this.allowedMentionsChatList = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushNotificationRegistration tokenType.
         * @member {protobuf.PushNotificationRegistration.TokenType} tokenType
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.tokenType = 0;

        /**
         * PushNotificationRegistration deviceToken.
         * @member {string} deviceToken
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.deviceToken = "";

        /**
         * PushNotificationRegistration installationId.
         * @member {string} installationId
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.installationId = "";

        /**
         * PushNotificationRegistration accessToken.
         * @member {string} accessToken
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.accessToken = "";

        /**
         * PushNotificationRegistration enabled.
         * @member {boolean} enabled
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.enabled = false;

        /**
         * PushNotificationRegistration version.
         * @member {number|Long} version
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PushNotificationRegistration allowedKeyList.
         * @member {Array.<Uint8Array>} allowedKeyList
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.allowedKeyList = $util.emptyArray;

        /**
         * PushNotificationRegistration blockedChatList.
         * @member {Array.<Uint8Array>} blockedChatList
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.blockedChatList = $util.emptyArray;

        /**
         * PushNotificationRegistration unregister.
         * @member {boolean} unregister
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.unregister = false;

        /**
         * PushNotificationRegistration grant.
         * @member {Uint8Array} grant
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.grant = $util.newBuffer([]);

        /**
         * PushNotificationRegistration allowFromContactsOnly.
         * @member {boolean} allowFromContactsOnly
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.allowFromContactsOnly = false;

        /**
         * PushNotificationRegistration apnTopic.
         * @member {string} apnTopic
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.apnTopic = "";

        /**
         * PushNotificationRegistration blockMentions.
         * @member {boolean} blockMentions
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.blockMentions = false;

        /**
         * PushNotificationRegistration allowedMentionsChatList.
         * @member {Array.<Uint8Array>} allowedMentionsChatList
         * @memberof protobuf.PushNotificationRegistration
         * @instance
         */
        PushNotificationRegistration.prototype.allowedMentionsChatList = $util.emptyArray;

        /**
         * Creates a new PushNotificationRegistration instance using the specified properties.
         * @function create
         * @memberof protobuf.PushNotificationRegistration
         * @static
         * @param {protobuf.PushNotificationRegistration.$Properties=} [properties] Properties to set
         * @returns {protobuf.PushNotificationRegistration} PushNotificationRegistration instance
         * @type {{
         *   (properties: protobuf.PushNotificationRegistration.$Shape): protobuf.PushNotificationRegistration & protobuf.PushNotificationRegistration.$Shape;
         *   (properties?: protobuf.PushNotificationRegistration.$Properties): protobuf.PushNotificationRegistration;
         * }}
         */
        PushNotificationRegistration.create = function(properties) {
            return new PushNotificationRegistration(properties);
        };

        /**
         * Encodes the specified PushNotificationRegistration message. Does not implicitly {@link protobuf.PushNotificationRegistration.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PushNotificationRegistration
         * @static
         * @param {protobuf.PushNotificationRegistration.$Properties} message PushNotificationRegistration message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushNotificationRegistration.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tokenType != null && $Object.hasOwnProperty.call(message, "tokenType") && message.tokenType !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.tokenType);
            if (message.deviceToken != null && $Object.hasOwnProperty.call(message, "deviceToken") && message.deviceToken !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceToken);
            if (message.installationId != null && $Object.hasOwnProperty.call(message, "installationId") && message.installationId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.installationId);
            if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken") && message.accessToken !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.accessToken);
            if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled") && message.enabled !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.enabled);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.version);
            if (message.allowedKeyList != null && message.allowedKeyList.length)
                for (let i = 0; i < message.allowedKeyList.length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.allowedKeyList[i]);
            if (message.blockedChatList != null && message.blockedChatList.length)
                for (let i = 0; i < message.blockedChatList.length; ++i)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.blockedChatList[i]);
            if (message.unregister != null && $Object.hasOwnProperty.call(message, "unregister") && message.unregister !== false)
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.unregister);
            if (message.grant != null && $Object.hasOwnProperty.call(message, "grant") && message.grant.length)
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.grant);
            if (message.allowFromContactsOnly != null && $Object.hasOwnProperty.call(message, "allowFromContactsOnly") && message.allowFromContactsOnly !== false)
                writer.uint32(/* id 11, wireType 0 =*/88).bool(message.allowFromContactsOnly);
            if (message.apnTopic != null && $Object.hasOwnProperty.call(message, "apnTopic") && message.apnTopic !== "")
                writer.uint32(/* id 12, wireType 2 =*/98).string(message.apnTopic);
            if (message.blockMentions != null && $Object.hasOwnProperty.call(message, "blockMentions") && message.blockMentions !== false)
                writer.uint32(/* id 13, wireType 0 =*/104).bool(message.blockMentions);
            if (message.allowedMentionsChatList != null && message.allowedMentionsChatList.length)
                for (let i = 0; i < message.allowedMentionsChatList.length; ++i)
                    writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.allowedMentionsChatList[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PushNotificationRegistration message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PushNotificationRegistration
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationRegistration & protobuf.PushNotificationRegistration.$Shape} PushNotificationRegistration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushNotificationRegistration.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PushNotificationRegistration();
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
                        if (value = reader.int32())
                            message.tokenType = value;
                        else
                            delete message.tokenType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceToken = value;
                        else
                            delete message.deviceToken;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.installationId = value;
                        else
                            delete message.installationId;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.accessToken = value;
                        else
                            delete message.accessToken;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.enabled = value;
                        else
                            delete message.enabled;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.allowedKeyList && message.allowedKeyList.length))
                            message.allowedKeyList = [];
                        message.allowedKeyList.push(reader.bytes());
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.blockedChatList && message.blockedChatList.length))
                            message.blockedChatList = [];
                        message.blockedChatList.push(reader.bytes());
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.unregister = value;
                        else
                            delete message.unregister;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.grant = value;
                        else
                            delete message.grant;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.allowFromContactsOnly = value;
                        else
                            delete message.allowFromContactsOnly;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.apnTopic = value;
                        else
                            delete message.apnTopic;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.blockMentions = value;
                        else
                            delete message.blockMentions;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if (!(message.allowedMentionsChatList && message.allowedMentionsChatList.length))
                            message.allowedMentionsChatList = [];
                        message.allowedMentionsChatList.push(reader.bytes());
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
         * TokenType enum.
         * @name protobuf.PushNotificationRegistration.TokenType
         * @enum {number}
         * @property {number} UNKNOWN_TOKEN_TYPE=0 UNKNOWN_TOKEN_TYPE value
         * @property {number} APN_TOKEN=1 APN_TOKEN value
         * @property {number} FIREBASE_TOKEN=2 FIREBASE_TOKEN value
         */
        PushNotificationRegistration.TokenType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_TOKEN_TYPE"] = 0;
            values[valuesById[1] = "APN_TOKEN"] = 1;
            values[valuesById[2] = "FIREBASE_TOKEN"] = 2;
            return values;
        })();

        return PushNotificationRegistration;
    })();

    export const PushNotificationRegistrationResponse = /*#__PURE__*/ (function() {

        /**
         * Properties of a PushNotificationRegistrationResponse.
         * @typedef {Object} protobuf.PushNotificationRegistrationResponse.$Properties
         * @property {boolean|null} [success] PushNotificationRegistrationResponse success
         * @property {protobuf.PushNotificationRegistrationResponse.ErrorType|null} [error] PushNotificationRegistrationResponse error
         * @property {Uint8Array|null} [requestId] PushNotificationRegistrationResponse requestId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushNotificationRegistrationResponse.
         * @memberof protobuf
         * @interface IPushNotificationRegistrationResponse
         * @augments protobuf.PushNotificationRegistrationResponse.$Properties
         * @deprecated Use protobuf.PushNotificationRegistrationResponse.$Properties instead.
         */

        /**
         * Shape of a PushNotificationRegistrationResponse.
         * @typedef {protobuf.PushNotificationRegistrationResponse.$Properties} protobuf.PushNotificationRegistrationResponse.$Shape
         */

        /**
         * Constructs a new PushNotificationRegistrationResponse.
         * @memberof protobuf
         * @classdesc Represents a PushNotificationRegistrationResponse.
         * @constructor
         * @param {protobuf.PushNotificationRegistrationResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushNotificationRegistrationResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushNotificationRegistrationResponse success.
         * @member {boolean} success
         * @memberof protobuf.PushNotificationRegistrationResponse
         * @instance
         */
        PushNotificationRegistrationResponse.prototype.success = false;

        /**
         * PushNotificationRegistrationResponse error.
         * @member {protobuf.PushNotificationRegistrationResponse.ErrorType} error
         * @memberof protobuf.PushNotificationRegistrationResponse
         * @instance
         */
        PushNotificationRegistrationResponse.prototype.error = 0;

        /**
         * PushNotificationRegistrationResponse requestId.
         * @member {Uint8Array} requestId
         * @memberof protobuf.PushNotificationRegistrationResponse
         * @instance
         */
        PushNotificationRegistrationResponse.prototype.requestId = $util.newBuffer([]);

        /**
         * Creates a new PushNotificationRegistrationResponse instance using the specified properties.
         * @function create
         * @memberof protobuf.PushNotificationRegistrationResponse
         * @static
         * @param {protobuf.PushNotificationRegistrationResponse.$Properties=} [properties] Properties to set
         * @returns {protobuf.PushNotificationRegistrationResponse} PushNotificationRegistrationResponse instance
         * @type {{
         *   (properties: protobuf.PushNotificationRegistrationResponse.$Shape): protobuf.PushNotificationRegistrationResponse & protobuf.PushNotificationRegistrationResponse.$Shape;
         *   (properties?: protobuf.PushNotificationRegistrationResponse.$Properties): protobuf.PushNotificationRegistrationResponse;
         * }}
         */
        PushNotificationRegistrationResponse.create = function(properties) {
            return new PushNotificationRegistrationResponse(properties);
        };

        /**
         * Encodes the specified PushNotificationRegistrationResponse message. Does not implicitly {@link protobuf.PushNotificationRegistrationResponse.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PushNotificationRegistrationResponse
         * @static
         * @param {protobuf.PushNotificationRegistrationResponse.$Properties} message PushNotificationRegistrationResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushNotificationRegistrationResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.error);
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.requestId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PushNotificationRegistrationResponse message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PushNotificationRegistrationResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationRegistrationResponse & protobuf.PushNotificationRegistrationResponse.$Shape} PushNotificationRegistrationResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushNotificationRegistrationResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PushNotificationRegistrationResponse();
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
                        if (value = reader.bool())
                            message.success = value;
                        else
                            delete message.success;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.requestId = value;
                        else
                            delete message.requestId;
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
         * ErrorType enum.
         * @name protobuf.PushNotificationRegistrationResponse.ErrorType
         * @enum {number}
         * @property {number} UNKNOWN_ERROR_TYPE=0 UNKNOWN_ERROR_TYPE value
         * @property {number} MALFORMED_MESSAGE=1 MALFORMED_MESSAGE value
         * @property {number} VERSION_MISMATCH=2 VERSION_MISMATCH value
         * @property {number} UNSUPPORTED_TOKEN_TYPE=3 UNSUPPORTED_TOKEN_TYPE value
         * @property {number} INTERNAL_ERROR=4 INTERNAL_ERROR value
         */
        PushNotificationRegistrationResponse.ErrorType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_ERROR_TYPE"] = 0;
            values[valuesById[1] = "MALFORMED_MESSAGE"] = 1;
            values[valuesById[2] = "VERSION_MISMATCH"] = 2;
            values[valuesById[3] = "UNSUPPORTED_TOKEN_TYPE"] = 3;
            values[valuesById[4] = "INTERNAL_ERROR"] = 4;
            return values;
        })();

        return PushNotificationRegistrationResponse;
    })();

    export const ContactCodeAdvertisement = /*#__PURE__*/ (function() {

        /**
         * Properties of a ContactCodeAdvertisement.
         * @typedef {Object} protobuf.ContactCodeAdvertisement.$Properties
         * @property {Array.<protobuf.PushNotificationQueryInfo.$Properties>|null} [pushNotificationInfo] ContactCodeAdvertisement pushNotificationInfo
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ContactCodeAdvertisement.
         * @memberof protobuf
         * @interface IContactCodeAdvertisement
         * @augments protobuf.ContactCodeAdvertisement.$Properties
         * @deprecated Use protobuf.ContactCodeAdvertisement.$Properties instead.
         */

        /**
         * Shape of a ContactCodeAdvertisement.
         * @typedef {protobuf.ContactCodeAdvertisement.$Properties} protobuf.ContactCodeAdvertisement.$Shape
         */

        /**
         * Constructs a new ContactCodeAdvertisement.
         * @memberof protobuf
         * @classdesc Represents a ContactCodeAdvertisement.
         * @constructor
         * @param {protobuf.ContactCodeAdvertisement.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ContactCodeAdvertisement = function (properties) {
            this.pushNotificationInfo = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ContactCodeAdvertisement pushNotificationInfo.
         * @member {Array.<protobuf.PushNotificationQueryInfo.$Properties>} pushNotificationInfo
         * @memberof protobuf.ContactCodeAdvertisement
         * @instance
         */
        ContactCodeAdvertisement.prototype.pushNotificationInfo = $util.emptyArray;

        /**
         * Creates a new ContactCodeAdvertisement instance using the specified properties.
         * @function create
         * @memberof protobuf.ContactCodeAdvertisement
         * @static
         * @param {protobuf.ContactCodeAdvertisement.$Properties=} [properties] Properties to set
         * @returns {protobuf.ContactCodeAdvertisement} ContactCodeAdvertisement instance
         * @type {{
         *   (properties: protobuf.ContactCodeAdvertisement.$Shape): protobuf.ContactCodeAdvertisement & protobuf.ContactCodeAdvertisement.$Shape;
         *   (properties?: protobuf.ContactCodeAdvertisement.$Properties): protobuf.ContactCodeAdvertisement;
         * }}
         */
        ContactCodeAdvertisement.create = function(properties) {
            return new ContactCodeAdvertisement(properties);
        };

        /**
         * Encodes the specified ContactCodeAdvertisement message. Does not implicitly {@link protobuf.ContactCodeAdvertisement.verify|verify} messages.
         * @function encode
         * @memberof protobuf.ContactCodeAdvertisement
         * @static
         * @param {protobuf.ContactCodeAdvertisement.$Properties} message ContactCodeAdvertisement message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ContactCodeAdvertisement.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pushNotificationInfo != null && message.pushNotificationInfo.length)
                for (let i = 0; i < message.pushNotificationInfo.length; ++i)
                    PushNotificationQueryInfo.encode(message.pushNotificationInfo[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ContactCodeAdvertisement message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.ContactCodeAdvertisement
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.ContactCodeAdvertisement & protobuf.ContactCodeAdvertisement.$Shape} ContactCodeAdvertisement
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ContactCodeAdvertisement.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new ContactCodeAdvertisement();
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
                        if (!(message.pushNotificationInfo && message.pushNotificationInfo.length))
                            message.pushNotificationInfo = [];
                        message.pushNotificationInfo.push(PushNotificationQueryInfo.decode(reader, reader.size(), $undefined, _depth + 1));
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

        return ContactCodeAdvertisement;
    })();

    export const PushNotificationQuery = /*#__PURE__*/ (function() {

        /**
         * Properties of a PushNotificationQuery.
         * @typedef {Object} protobuf.PushNotificationQuery.$Properties
         * @property {Array.<Uint8Array>|null} [publicKeys] PushNotificationQuery publicKeys
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushNotificationQuery.
         * @memberof protobuf
         * @interface IPushNotificationQuery
         * @augments protobuf.PushNotificationQuery.$Properties
         * @deprecated Use protobuf.PushNotificationQuery.$Properties instead.
         */

        /**
         * Shape of a PushNotificationQuery.
         * @typedef {protobuf.PushNotificationQuery.$Properties} protobuf.PushNotificationQuery.$Shape
         */

        /**
         * Constructs a new PushNotificationQuery.
         * @memberof protobuf
         * @classdesc Represents a PushNotificationQuery.
         * @constructor
         * @param {protobuf.PushNotificationQuery.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushNotificationQuery = function (properties) {
            this.publicKeys = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushNotificationQuery publicKeys.
         * @member {Array.<Uint8Array>} publicKeys
         * @memberof protobuf.PushNotificationQuery
         * @instance
         */
        PushNotificationQuery.prototype.publicKeys = $util.emptyArray;

        /**
         * Creates a new PushNotificationQuery instance using the specified properties.
         * @function create
         * @memberof protobuf.PushNotificationQuery
         * @static
         * @param {protobuf.PushNotificationQuery.$Properties=} [properties] Properties to set
         * @returns {protobuf.PushNotificationQuery} PushNotificationQuery instance
         * @type {{
         *   (properties: protobuf.PushNotificationQuery.$Shape): protobuf.PushNotificationQuery & protobuf.PushNotificationQuery.$Shape;
         *   (properties?: protobuf.PushNotificationQuery.$Properties): protobuf.PushNotificationQuery;
         * }}
         */
        PushNotificationQuery.create = function(properties) {
            return new PushNotificationQuery(properties);
        };

        /**
         * Encodes the specified PushNotificationQuery message. Does not implicitly {@link protobuf.PushNotificationQuery.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PushNotificationQuery
         * @static
         * @param {protobuf.PushNotificationQuery.$Properties} message PushNotificationQuery message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushNotificationQuery.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.publicKeys != null && message.publicKeys.length)
                for (let i = 0; i < message.publicKeys.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.publicKeys[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PushNotificationQuery message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PushNotificationQuery
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationQuery & protobuf.PushNotificationQuery.$Shape} PushNotificationQuery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushNotificationQuery.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PushNotificationQuery();
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
                        if (!(message.publicKeys && message.publicKeys.length))
                            message.publicKeys = [];
                        message.publicKeys.push(reader.bytes());
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

        return PushNotificationQuery;
    })();

    export const PushNotificationQueryInfo = /*#__PURE__*/ (function() {

        /**
         * Properties of a PushNotificationQueryInfo.
         * @typedef {Object} protobuf.PushNotificationQueryInfo.$Properties
         * @property {string|null} [accessToken] PushNotificationQueryInfo accessToken
         * @property {string|null} [installationId] PushNotificationQueryInfo installationId
         * @property {Uint8Array|null} [publicKey] PushNotificationQueryInfo publicKey
         * @property {Array.<Uint8Array>|null} [allowedKeyList] PushNotificationQueryInfo allowedKeyList
         * @property {Uint8Array|null} [grant] PushNotificationQueryInfo grant
         * @property {number|Long|null} [version] PushNotificationQueryInfo version
         * @property {Uint8Array|null} [serverPublicKey] PushNotificationQueryInfo serverPublicKey
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushNotificationQueryInfo.
         * @memberof protobuf
         * @interface IPushNotificationQueryInfo
         * @augments protobuf.PushNotificationQueryInfo.$Properties
         * @deprecated Use protobuf.PushNotificationQueryInfo.$Properties instead.
         */

        /**
         * Shape of a PushNotificationQueryInfo.
         * @typedef {protobuf.PushNotificationQueryInfo.$Properties} protobuf.PushNotificationQueryInfo.$Shape
         */

        /**
         * Constructs a new PushNotificationQueryInfo.
         * @memberof protobuf
         * @classdesc Represents a PushNotificationQueryInfo.
         * @constructor
         * @param {protobuf.PushNotificationQueryInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushNotificationQueryInfo = function (properties) {
            this.allowedKeyList = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushNotificationQueryInfo accessToken.
         * @member {string} accessToken
         * @memberof protobuf.PushNotificationQueryInfo
         * @instance
         */
        PushNotificationQueryInfo.prototype.accessToken = "";

        /**
         * PushNotificationQueryInfo installationId.
         * @member {string} installationId
         * @memberof protobuf.PushNotificationQueryInfo
         * @instance
         */
        PushNotificationQueryInfo.prototype.installationId = "";

        /**
         * PushNotificationQueryInfo publicKey.
         * @member {Uint8Array} publicKey
         * @memberof protobuf.PushNotificationQueryInfo
         * @instance
         */
        PushNotificationQueryInfo.prototype.publicKey = $util.newBuffer([]);

        /**
         * PushNotificationQueryInfo allowedKeyList.
         * @member {Array.<Uint8Array>} allowedKeyList
         * @memberof protobuf.PushNotificationQueryInfo
         * @instance
         */
        PushNotificationQueryInfo.prototype.allowedKeyList = $util.emptyArray;

        /**
         * PushNotificationQueryInfo grant.
         * @member {Uint8Array} grant
         * @memberof protobuf.PushNotificationQueryInfo
         * @instance
         */
        PushNotificationQueryInfo.prototype.grant = $util.newBuffer([]);

        /**
         * PushNotificationQueryInfo version.
         * @member {number|Long} version
         * @memberof protobuf.PushNotificationQueryInfo
         * @instance
         */
        PushNotificationQueryInfo.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PushNotificationQueryInfo serverPublicKey.
         * @member {Uint8Array} serverPublicKey
         * @memberof protobuf.PushNotificationQueryInfo
         * @instance
         */
        PushNotificationQueryInfo.prototype.serverPublicKey = $util.newBuffer([]);

        /**
         * Creates a new PushNotificationQueryInfo instance using the specified properties.
         * @function create
         * @memberof protobuf.PushNotificationQueryInfo
         * @static
         * @param {protobuf.PushNotificationQueryInfo.$Properties=} [properties] Properties to set
         * @returns {protobuf.PushNotificationQueryInfo} PushNotificationQueryInfo instance
         * @type {{
         *   (properties: protobuf.PushNotificationQueryInfo.$Shape): protobuf.PushNotificationQueryInfo & protobuf.PushNotificationQueryInfo.$Shape;
         *   (properties?: protobuf.PushNotificationQueryInfo.$Properties): protobuf.PushNotificationQueryInfo;
         * }}
         */
        PushNotificationQueryInfo.create = function(properties) {
            return new PushNotificationQueryInfo(properties);
        };

        /**
         * Encodes the specified PushNotificationQueryInfo message. Does not implicitly {@link protobuf.PushNotificationQueryInfo.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PushNotificationQueryInfo
         * @static
         * @param {protobuf.PushNotificationQueryInfo.$Properties} message PushNotificationQueryInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushNotificationQueryInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken") && message.accessToken !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.accessToken);
            if (message.installationId != null && $Object.hasOwnProperty.call(message, "installationId") && message.installationId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.installationId);
            if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.publicKey);
            if (message.allowedKeyList != null && message.allowedKeyList.length)
                for (let i = 0; i < message.allowedKeyList.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.allowedKeyList[i]);
            if (message.grant != null && $Object.hasOwnProperty.call(message, "grant") && message.grant.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.grant);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.version);
            if (message.serverPublicKey != null && $Object.hasOwnProperty.call(message, "serverPublicKey") && message.serverPublicKey.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.serverPublicKey);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PushNotificationQueryInfo message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PushNotificationQueryInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationQueryInfo & protobuf.PushNotificationQueryInfo.$Shape} PushNotificationQueryInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushNotificationQueryInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PushNotificationQueryInfo();
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
                            message.accessToken = value;
                        else
                            delete message.accessToken;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.installationId = value;
                        else
                            delete message.installationId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.publicKey = value;
                        else
                            delete message.publicKey;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.allowedKeyList && message.allowedKeyList.length))
                            message.allowedKeyList = [];
                        message.allowedKeyList.push(reader.bytes());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.grant = value;
                        else
                            delete message.grant;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.serverPublicKey = value;
                        else
                            delete message.serverPublicKey;
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

        return PushNotificationQueryInfo;
    })();

    export const PushNotificationQueryResponse = /*#__PURE__*/ (function() {

        /**
         * Properties of a PushNotificationQueryResponse.
         * @typedef {Object} protobuf.PushNotificationQueryResponse.$Properties
         * @property {Array.<protobuf.PushNotificationQueryInfo.$Properties>|null} [info] PushNotificationQueryResponse info
         * @property {Uint8Array|null} [messageId] PushNotificationQueryResponse messageId
         * @property {boolean|null} [success] PushNotificationQueryResponse success
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushNotificationQueryResponse.
         * @memberof protobuf
         * @interface IPushNotificationQueryResponse
         * @augments protobuf.PushNotificationQueryResponse.$Properties
         * @deprecated Use protobuf.PushNotificationQueryResponse.$Properties instead.
         */

        /**
         * Shape of a PushNotificationQueryResponse.
         * @typedef {protobuf.PushNotificationQueryResponse.$Properties} protobuf.PushNotificationQueryResponse.$Shape
         */

        /**
         * Constructs a new PushNotificationQueryResponse.
         * @memberof protobuf
         * @classdesc Represents a PushNotificationQueryResponse.
         * @constructor
         * @param {protobuf.PushNotificationQueryResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushNotificationQueryResponse = function (properties) {
            this.info = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushNotificationQueryResponse info.
         * @member {Array.<protobuf.PushNotificationQueryInfo.$Properties>} info
         * @memberof protobuf.PushNotificationQueryResponse
         * @instance
         */
        PushNotificationQueryResponse.prototype.info = $util.emptyArray;

        /**
         * PushNotificationQueryResponse messageId.
         * @member {Uint8Array} messageId
         * @memberof protobuf.PushNotificationQueryResponse
         * @instance
         */
        PushNotificationQueryResponse.prototype.messageId = $util.newBuffer([]);

        /**
         * PushNotificationQueryResponse success.
         * @member {boolean} success
         * @memberof protobuf.PushNotificationQueryResponse
         * @instance
         */
        PushNotificationQueryResponse.prototype.success = false;

        /**
         * Creates a new PushNotificationQueryResponse instance using the specified properties.
         * @function create
         * @memberof protobuf.PushNotificationQueryResponse
         * @static
         * @param {protobuf.PushNotificationQueryResponse.$Properties=} [properties] Properties to set
         * @returns {protobuf.PushNotificationQueryResponse} PushNotificationQueryResponse instance
         * @type {{
         *   (properties: protobuf.PushNotificationQueryResponse.$Shape): protobuf.PushNotificationQueryResponse & protobuf.PushNotificationQueryResponse.$Shape;
         *   (properties?: protobuf.PushNotificationQueryResponse.$Properties): protobuf.PushNotificationQueryResponse;
         * }}
         */
        PushNotificationQueryResponse.create = function(properties) {
            return new PushNotificationQueryResponse(properties);
        };

        /**
         * Encodes the specified PushNotificationQueryResponse message. Does not implicitly {@link protobuf.PushNotificationQueryResponse.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PushNotificationQueryResponse
         * @static
         * @param {protobuf.PushNotificationQueryResponse.$Properties} message PushNotificationQueryResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushNotificationQueryResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.info != null && message.info.length)
                for (let i = 0; i < message.info.length; ++i)
                    PushNotificationQueryInfo.encode(message.info[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.messageId);
            if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.success);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PushNotificationQueryResponse message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PushNotificationQueryResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationQueryResponse & protobuf.PushNotificationQueryResponse.$Shape} PushNotificationQueryResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushNotificationQueryResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PushNotificationQueryResponse();
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
                        if (!(message.info && message.info.length))
                            message.info = [];
                        message.info.push(PushNotificationQueryInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.messageId = value;
                        else
                            delete message.messageId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.success = value;
                        else
                            delete message.success;
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

        return PushNotificationQueryResponse;
    })();

    export const PushNotification = /*#__PURE__*/ (function() {

        /**
         * Properties of a PushNotification.
         * @typedef {Object} protobuf.PushNotification.$Properties
         * @property {string|null} [accessToken] PushNotification accessToken
         * @property {Uint8Array|null} [chatId] PushNotification chatId
         * @property {Uint8Array|null} [publicKey] PushNotification publicKey
         * @property {string|null} [installationId] PushNotification installationId
         * @property {Uint8Array|null} [message] PushNotification message
         * @property {protobuf.PushNotification.PushNotificationType|null} [type] PushNotification type
         * @property {Uint8Array|null} [author] PushNotification author
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushNotification.
         * @memberof protobuf
         * @interface IPushNotification
         * @augments protobuf.PushNotification.$Properties
         * @deprecated Use protobuf.PushNotification.$Properties instead.
         */

        /**
         * Shape of a PushNotification.
         * @typedef {protobuf.PushNotification.$Properties} protobuf.PushNotification.$Shape
         */

        /**
         * Constructs a new PushNotification.
         * @memberof protobuf
         * @classdesc Represents a PushNotification.
         * @constructor
         * @param {protobuf.PushNotification.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushNotification = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushNotification accessToken.
         * @member {string} accessToken
         * @memberof protobuf.PushNotification
         * @instance
         */
        PushNotification.prototype.accessToken = "";

        /**
         * PushNotification chatId.
         * @member {Uint8Array} chatId
         * @memberof protobuf.PushNotification
         * @instance
         */
        PushNotification.prototype.chatId = $util.newBuffer([]);

        /**
         * PushNotification publicKey.
         * @member {Uint8Array} publicKey
         * @memberof protobuf.PushNotification
         * @instance
         */
        PushNotification.prototype.publicKey = $util.newBuffer([]);

        /**
         * PushNotification installationId.
         * @member {string} installationId
         * @memberof protobuf.PushNotification
         * @instance
         */
        PushNotification.prototype.installationId = "";

        /**
         * PushNotification message.
         * @member {Uint8Array} message
         * @memberof protobuf.PushNotification
         * @instance
         */
        PushNotification.prototype.message = $util.newBuffer([]);

        /**
         * PushNotification type.
         * @member {protobuf.PushNotification.PushNotificationType} type
         * @memberof protobuf.PushNotification
         * @instance
         */
        PushNotification.prototype.type = 0;

        /**
         * PushNotification author.
         * @member {Uint8Array} author
         * @memberof protobuf.PushNotification
         * @instance
         */
        PushNotification.prototype.author = $util.newBuffer([]);

        /**
         * Creates a new PushNotification instance using the specified properties.
         * @function create
         * @memberof protobuf.PushNotification
         * @static
         * @param {protobuf.PushNotification.$Properties=} [properties] Properties to set
         * @returns {protobuf.PushNotification} PushNotification instance
         * @type {{
         *   (properties: protobuf.PushNotification.$Shape): protobuf.PushNotification & protobuf.PushNotification.$Shape;
         *   (properties?: protobuf.PushNotification.$Properties): protobuf.PushNotification;
         * }}
         */
        PushNotification.create = function(properties) {
            return new PushNotification(properties);
        };

        /**
         * Encodes the specified PushNotification message. Does not implicitly {@link protobuf.PushNotification.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PushNotification
         * @static
         * @param {protobuf.PushNotification.$Properties} message PushNotification message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushNotification.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken") && message.accessToken !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.accessToken);
            if (message.chatId != null && $Object.hasOwnProperty.call(message, "chatId") && message.chatId.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.chatId);
            if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.publicKey);
            if (message.installationId != null && $Object.hasOwnProperty.call(message, "installationId") && message.installationId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.installationId);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.message);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.type);
            if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.author);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PushNotification message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PushNotification
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PushNotification & protobuf.PushNotification.$Shape} PushNotification
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushNotification.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PushNotification();
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
                            message.accessToken = value;
                        else
                            delete message.accessToken;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.chatId = value;
                        else
                            delete message.chatId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.publicKey = value;
                        else
                            delete message.publicKey;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.installationId = value;
                        else
                            delete message.installationId;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.author = value;
                        else
                            delete message.author;
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
         * PushNotificationType enum.
         * @name protobuf.PushNotification.PushNotificationType
         * @enum {number}
         * @property {number} UNKNOWN_PUSH_NOTIFICATION_TYPE=0 UNKNOWN_PUSH_NOTIFICATION_TYPE value
         * @property {number} MESSAGE=1 MESSAGE value
         * @property {number} MENTION=2 MENTION value
         */
        PushNotification.PushNotificationType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_PUSH_NOTIFICATION_TYPE"] = 0;
            values[valuesById[1] = "MESSAGE"] = 1;
            values[valuesById[2] = "MENTION"] = 2;
            return values;
        })();

        return PushNotification;
    })();

    export const PushNotificationRequest = /*#__PURE__*/ (function() {

        /**
         * Properties of a PushNotificationRequest.
         * @typedef {Object} protobuf.PushNotificationRequest.$Properties
         * @property {Array.<protobuf.PushNotification.$Properties>|null} [requests] PushNotificationRequest requests
         * @property {Uint8Array|null} [messageId] PushNotificationRequest messageId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushNotificationRequest.
         * @memberof protobuf
         * @interface IPushNotificationRequest
         * @augments protobuf.PushNotificationRequest.$Properties
         * @deprecated Use protobuf.PushNotificationRequest.$Properties instead.
         */

        /**
         * Shape of a PushNotificationRequest.
         * @typedef {protobuf.PushNotificationRequest.$Properties} protobuf.PushNotificationRequest.$Shape
         */

        /**
         * Constructs a new PushNotificationRequest.
         * @memberof protobuf
         * @classdesc Represents a PushNotificationRequest.
         * @constructor
         * @param {protobuf.PushNotificationRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushNotificationRequest = function (properties) {
            this.requests = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushNotificationRequest requests.
         * @member {Array.<protobuf.PushNotification.$Properties>} requests
         * @memberof protobuf.PushNotificationRequest
         * @instance
         */
        PushNotificationRequest.prototype.requests = $util.emptyArray;

        /**
         * PushNotificationRequest messageId.
         * @member {Uint8Array} messageId
         * @memberof protobuf.PushNotificationRequest
         * @instance
         */
        PushNotificationRequest.prototype.messageId = $util.newBuffer([]);

        /**
         * Creates a new PushNotificationRequest instance using the specified properties.
         * @function create
         * @memberof protobuf.PushNotificationRequest
         * @static
         * @param {protobuf.PushNotificationRequest.$Properties=} [properties] Properties to set
         * @returns {protobuf.PushNotificationRequest} PushNotificationRequest instance
         * @type {{
         *   (properties: protobuf.PushNotificationRequest.$Shape): protobuf.PushNotificationRequest & protobuf.PushNotificationRequest.$Shape;
         *   (properties?: protobuf.PushNotificationRequest.$Properties): protobuf.PushNotificationRequest;
         * }}
         */
        PushNotificationRequest.create = function(properties) {
            return new PushNotificationRequest(properties);
        };

        /**
         * Encodes the specified PushNotificationRequest message. Does not implicitly {@link protobuf.PushNotificationRequest.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PushNotificationRequest
         * @static
         * @param {protobuf.PushNotificationRequest.$Properties} message PushNotificationRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushNotificationRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requests != null && message.requests.length)
                for (let i = 0; i < message.requests.length; ++i)
                    PushNotification.encode(message.requests[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.messageId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PushNotificationRequest message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PushNotificationRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationRequest & protobuf.PushNotificationRequest.$Shape} PushNotificationRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushNotificationRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PushNotificationRequest();
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
                        if (!(message.requests && message.requests.length))
                            message.requests = [];
                        message.requests.push(PushNotification.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.messageId = value;
                        else
                            delete message.messageId;
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

        return PushNotificationRequest;
    })();

    export const PushNotificationReport = /*#__PURE__*/ (function() {

        /**
         * Properties of a PushNotificationReport.
         * @typedef {Object} protobuf.PushNotificationReport.$Properties
         * @property {boolean|null} [success] PushNotificationReport success
         * @property {protobuf.PushNotificationReport.ErrorType|null} [error] PushNotificationReport error
         * @property {Uint8Array|null} [publicKey] PushNotificationReport publicKey
         * @property {string|null} [installationId] PushNotificationReport installationId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushNotificationReport.
         * @memberof protobuf
         * @interface IPushNotificationReport
         * @augments protobuf.PushNotificationReport.$Properties
         * @deprecated Use protobuf.PushNotificationReport.$Properties instead.
         */

        /**
         * Shape of a PushNotificationReport.
         * @typedef {protobuf.PushNotificationReport.$Properties} protobuf.PushNotificationReport.$Shape
         */

        /**
         * Constructs a new PushNotificationReport.
         * @memberof protobuf
         * @classdesc Represents a PushNotificationReport.
         * @constructor
         * @param {protobuf.PushNotificationReport.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushNotificationReport = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushNotificationReport success.
         * @member {boolean} success
         * @memberof protobuf.PushNotificationReport
         * @instance
         */
        PushNotificationReport.prototype.success = false;

        /**
         * PushNotificationReport error.
         * @member {protobuf.PushNotificationReport.ErrorType} error
         * @memberof protobuf.PushNotificationReport
         * @instance
         */
        PushNotificationReport.prototype.error = 0;

        /**
         * PushNotificationReport publicKey.
         * @member {Uint8Array} publicKey
         * @memberof protobuf.PushNotificationReport
         * @instance
         */
        PushNotificationReport.prototype.publicKey = $util.newBuffer([]);

        /**
         * PushNotificationReport installationId.
         * @member {string} installationId
         * @memberof protobuf.PushNotificationReport
         * @instance
         */
        PushNotificationReport.prototype.installationId = "";

        /**
         * Creates a new PushNotificationReport instance using the specified properties.
         * @function create
         * @memberof protobuf.PushNotificationReport
         * @static
         * @param {protobuf.PushNotificationReport.$Properties=} [properties] Properties to set
         * @returns {protobuf.PushNotificationReport} PushNotificationReport instance
         * @type {{
         *   (properties: protobuf.PushNotificationReport.$Shape): protobuf.PushNotificationReport & protobuf.PushNotificationReport.$Shape;
         *   (properties?: protobuf.PushNotificationReport.$Properties): protobuf.PushNotificationReport;
         * }}
         */
        PushNotificationReport.create = function(properties) {
            return new PushNotificationReport(properties);
        };

        /**
         * Encodes the specified PushNotificationReport message. Does not implicitly {@link protobuf.PushNotificationReport.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PushNotificationReport
         * @static
         * @param {protobuf.PushNotificationReport.$Properties} message PushNotificationReport message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushNotificationReport.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.error);
            if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.publicKey);
            if (message.installationId != null && $Object.hasOwnProperty.call(message, "installationId") && message.installationId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.installationId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PushNotificationReport message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PushNotificationReport
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationReport & protobuf.PushNotificationReport.$Shape} PushNotificationReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushNotificationReport.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PushNotificationReport();
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
                        if (value = reader.bool())
                            message.success = value;
                        else
                            delete message.success;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.publicKey = value;
                        else
                            delete message.publicKey;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.installationId = value;
                        else
                            delete message.installationId;
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
         * ErrorType enum.
         * @name protobuf.PushNotificationReport.ErrorType
         * @enum {number}
         * @property {number} UNKNOWN_ERROR_TYPE=0 UNKNOWN_ERROR_TYPE value
         * @property {number} WRONG_TOKEN=1 WRONG_TOKEN value
         * @property {number} INTERNAL_ERROR=2 INTERNAL_ERROR value
         * @property {number} NOT_REGISTERED=3 NOT_REGISTERED value
         */
        PushNotificationReport.ErrorType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_ERROR_TYPE"] = 0;
            values[valuesById[1] = "WRONG_TOKEN"] = 1;
            values[valuesById[2] = "INTERNAL_ERROR"] = 2;
            values[valuesById[3] = "NOT_REGISTERED"] = 3;
            return values;
        })();

        return PushNotificationReport;
    })();

    export const PushNotificationResponse = /*#__PURE__*/ (function() {

        /**
         * Properties of a PushNotificationResponse.
         * @typedef {Object} protobuf.PushNotificationResponse.$Properties
         * @property {Uint8Array|null} [messageId] PushNotificationResponse messageId
         * @property {Array.<protobuf.PushNotificationReport.$Properties>|null} [reports] PushNotificationResponse reports
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushNotificationResponse.
         * @memberof protobuf
         * @interface IPushNotificationResponse
         * @augments protobuf.PushNotificationResponse.$Properties
         * @deprecated Use protobuf.PushNotificationResponse.$Properties instead.
         */

        /**
         * Shape of a PushNotificationResponse.
         * @typedef {protobuf.PushNotificationResponse.$Properties} protobuf.PushNotificationResponse.$Shape
         */

        /**
         * Constructs a new PushNotificationResponse.
         * @memberof protobuf
         * @classdesc Represents a PushNotificationResponse.
         * @constructor
         * @param {protobuf.PushNotificationResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushNotificationResponse = function (properties) {
            this.reports = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushNotificationResponse messageId.
         * @member {Uint8Array} messageId
         * @memberof protobuf.PushNotificationResponse
         * @instance
         */
        PushNotificationResponse.prototype.messageId = $util.newBuffer([]);

        /**
         * PushNotificationResponse reports.
         * @member {Array.<protobuf.PushNotificationReport.$Properties>} reports
         * @memberof protobuf.PushNotificationResponse
         * @instance
         */
        PushNotificationResponse.prototype.reports = $util.emptyArray;

        /**
         * Creates a new PushNotificationResponse instance using the specified properties.
         * @function create
         * @memberof protobuf.PushNotificationResponse
         * @static
         * @param {protobuf.PushNotificationResponse.$Properties=} [properties] Properties to set
         * @returns {protobuf.PushNotificationResponse} PushNotificationResponse instance
         * @type {{
         *   (properties: protobuf.PushNotificationResponse.$Shape): protobuf.PushNotificationResponse & protobuf.PushNotificationResponse.$Shape;
         *   (properties?: protobuf.PushNotificationResponse.$Properties): protobuf.PushNotificationResponse;
         * }}
         */
        PushNotificationResponse.create = function(properties) {
            return new PushNotificationResponse(properties);
        };

        /**
         * Encodes the specified PushNotificationResponse message. Does not implicitly {@link protobuf.PushNotificationResponse.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PushNotificationResponse
         * @static
         * @param {protobuf.PushNotificationResponse.$Properties} message PushNotificationResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushNotificationResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.messageId);
            if (message.reports != null && message.reports.length)
                for (let i = 0; i < message.reports.length; ++i)
                    PushNotificationReport.encode(message.reports[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PushNotificationResponse message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PushNotificationResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PushNotificationResponse & protobuf.PushNotificationResponse.$Shape} PushNotificationResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushNotificationResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PushNotificationResponse();
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
                        if ((value = reader.bytes()).length)
                            message.messageId = value;
                        else
                            delete message.messageId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.reports && message.reports.length))
                            message.reports = [];
                        message.reports.push(PushNotificationReport.decode(reader, reader.size(), $undefined, _depth + 1));
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

        return PushNotificationResponse;
    })();

    export const ChatIdentity = /*#__PURE__*/ (function() {

        /**
         * Properties of a ChatIdentity.
         * @typedef {Object} protobuf.ChatIdentity.$Properties
         * @property {number|Long|null} [clock] ChatIdentity clock
         * @property {string|null} [ensName] ChatIdentity ensName
         * @property {Object.<string,protobuf.IdentityImage.$Properties>|null} [images] ChatIdentity images
         * @property {string|null} [displayName] ChatIdentity displayName
         * @property {string|null} [description] ChatIdentity description
         * @property {string|null} [color] ChatIdentity color
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ChatIdentity.
         * @memberof protobuf
         * @interface IChatIdentity
         * @augments protobuf.ChatIdentity.$Properties
         * @deprecated Use protobuf.ChatIdentity.$Properties instead.
         */

        /**
         * Shape of a ChatIdentity.
         * @typedef {protobuf.ChatIdentity.$Properties} protobuf.ChatIdentity.$Shape
         */

        /**
         * Constructs a new ChatIdentity.
         * @memberof protobuf
         * @classdesc Represents a ChatIdentity.
         * @constructor
         * @param {protobuf.ChatIdentity.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ChatIdentity = function (properties) {
            this.images = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ChatIdentity clock.
         * @member {number|Long} clock
         * @memberof protobuf.ChatIdentity
         * @instance
         */
        ChatIdentity.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ChatIdentity ensName.
         * @member {string} ensName
         * @memberof protobuf.ChatIdentity
         * @instance
         */
        ChatIdentity.prototype.ensName = "";

        /**
         * ChatIdentity images.
         * @member {Object.<string,protobuf.IdentityImage.$Properties>} images
         * @memberof protobuf.ChatIdentity
         * @instance
         */
        ChatIdentity.prototype.images = $util.emptyObject;

        /**
         * ChatIdentity displayName.
         * @member {string} displayName
         * @memberof protobuf.ChatIdentity
         * @instance
         */
        ChatIdentity.prototype.displayName = "";

        /**
         * ChatIdentity description.
         * @member {string} description
         * @memberof protobuf.ChatIdentity
         * @instance
         */
        ChatIdentity.prototype.description = "";

        /**
         * ChatIdentity color.
         * @member {string} color
         * @memberof protobuf.ChatIdentity
         * @instance
         */
        ChatIdentity.prototype.color = "";

        /**
         * Creates a new ChatIdentity instance using the specified properties.
         * @function create
         * @memberof protobuf.ChatIdentity
         * @static
         * @param {protobuf.ChatIdentity.$Properties=} [properties] Properties to set
         * @returns {protobuf.ChatIdentity} ChatIdentity instance
         * @type {{
         *   (properties: protobuf.ChatIdentity.$Shape): protobuf.ChatIdentity & protobuf.ChatIdentity.$Shape;
         *   (properties?: protobuf.ChatIdentity.$Properties): protobuf.ChatIdentity;
         * }}
         */
        ChatIdentity.create = function(properties) {
            return new ChatIdentity(properties);
        };

        /**
         * Encodes the specified ChatIdentity message. Does not implicitly {@link protobuf.ChatIdentity.verify|verify} messages.
         * @function encode
         * @memberof protobuf.ChatIdentity
         * @static
         * @param {protobuf.ChatIdentity.$Properties} message ChatIdentity message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChatIdentity.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.ensName != null && $Object.hasOwnProperty.call(message, "ensName") && message.ensName !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.ensName);
            if (message.images != null && $Object.hasOwnProperty.call(message, "images"))
                for (let keys = $Object.keys(message.images), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    IdentityImage.encode(message.images[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.displayName);
            if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.description);
            if (message.color != null && $Object.hasOwnProperty.call(message, "color") && message.color !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.color);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ChatIdentity message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.ChatIdentity
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.ChatIdentity & protobuf.ChatIdentity.$Shape} ChatIdentity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChatIdentity.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new ChatIdentity();
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
                            message.ensName = value;
                        else
                            delete message.ensName;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (message.images === $util.emptyObject)
                            message.images = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = IdentityImage.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.images, key);
                        message.images[key] = value || new IdentityImage();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.displayName = value;
                        else
                            delete message.displayName;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.description = value;
                        else
                            delete message.description;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.color = value;
                        else
                            delete message.color;
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

        return ChatIdentity;
    })();

    export const IdentityImage = /*#__PURE__*/ (function() {

        /**
         * Properties of an IdentityImage.
         * @typedef {Object} protobuf.IdentityImage.$Properties
         * @property {Uint8Array|null} [payload] IdentityImage payload
         * @property {protobuf.IdentityImage.SourceType|null} [sourceType] IdentityImage sourceType
         * @property {protobuf.ImageType|null} [imageType] IdentityImage imageType
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an IdentityImage.
         * @memberof protobuf
         * @interface IIdentityImage
         * @augments protobuf.IdentityImage.$Properties
         * @deprecated Use protobuf.IdentityImage.$Properties instead.
         */

        /**
         * Shape of an IdentityImage.
         * @typedef {protobuf.IdentityImage.$Properties} protobuf.IdentityImage.$Shape
         */

        /**
         * Constructs a new IdentityImage.
         * @memberof protobuf
         * @classdesc Represents an IdentityImage.
         * @constructor
         * @param {protobuf.IdentityImage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const IdentityImage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * IdentityImage payload.
         * @member {Uint8Array} payload
         * @memberof protobuf.IdentityImage
         * @instance
         */
        IdentityImage.prototype.payload = $util.newBuffer([]);

        /**
         * IdentityImage sourceType.
         * @member {protobuf.IdentityImage.SourceType} sourceType
         * @memberof protobuf.IdentityImage
         * @instance
         */
        IdentityImage.prototype.sourceType = 0;

        /**
         * IdentityImage imageType.
         * @member {protobuf.ImageType} imageType
         * @memberof protobuf.IdentityImage
         * @instance
         */
        IdentityImage.prototype.imageType = 0;

        /**
         * Creates a new IdentityImage instance using the specified properties.
         * @function create
         * @memberof protobuf.IdentityImage
         * @static
         * @param {protobuf.IdentityImage.$Properties=} [properties] Properties to set
         * @returns {protobuf.IdentityImage} IdentityImage instance
         * @type {{
         *   (properties: protobuf.IdentityImage.$Shape): protobuf.IdentityImage & protobuf.IdentityImage.$Shape;
         *   (properties?: protobuf.IdentityImage.$Properties): protobuf.IdentityImage;
         * }}
         */
        IdentityImage.create = function(properties) {
            return new IdentityImage(properties);
        };

        /**
         * Encodes the specified IdentityImage message. Does not implicitly {@link protobuf.IdentityImage.verify|verify} messages.
         * @function encode
         * @memberof protobuf.IdentityImage
         * @static
         * @param {protobuf.IdentityImage.$Properties} message IdentityImage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        IdentityImage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
            if (message.sourceType != null && $Object.hasOwnProperty.call(message, "sourceType") && message.sourceType !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.sourceType);
            if (message.imageType != null && $Object.hasOwnProperty.call(message, "imageType") && message.imageType !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.imageType);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an IdentityImage message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.IdentityImage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.IdentityImage & protobuf.IdentityImage.$Shape} IdentityImage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        IdentityImage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new IdentityImage();
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
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.sourceType = value;
                        else
                            delete message.sourceType;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.imageType = value;
                        else
                            delete message.imageType;
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
         * SourceType enum.
         * @name protobuf.IdentityImage.SourceType
         * @enum {number}
         * @property {number} UNKNOWN_SOURCE_TYPE=0 UNKNOWN_SOURCE_TYPE value
         * @property {number} RAW_PAYLOAD=1 RAW_PAYLOAD value
         * @property {number} ENS_AVATAR=2 ENS_AVATAR value
         */
        IdentityImage.SourceType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_SOURCE_TYPE"] = 0;
            values[valuesById[1] = "RAW_PAYLOAD"] = 1;
            values[valuesById[2] = "ENS_AVATAR"] = 2;
            return values;
        })();

        return IdentityImage;
    })();

    export const PinMessage = /*#__PURE__*/ (function() {

        /**
         * Properties of a PinMessage.
         * @typedef {Object} protobuf.PinMessage.$Properties
         * @property {number|Long|null} [clock] PinMessage clock
         * @property {string|null} [messageId] PinMessage messageId
         * @property {string|null} [chatId] PinMessage chatId
         * @property {boolean|null} [pinned] PinMessage pinned
         * @property {protobuf.MessageType|null} [messageType] PinMessage messageType
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PinMessage.
         * @memberof protobuf
         * @interface IPinMessage
         * @augments protobuf.PinMessage.$Properties
         * @deprecated Use protobuf.PinMessage.$Properties instead.
         */

        /**
         * Shape of a PinMessage.
         * @typedef {protobuf.PinMessage.$Properties} protobuf.PinMessage.$Shape
         */

        /**
         * Constructs a new PinMessage.
         * @memberof protobuf
         * @classdesc Represents a PinMessage.
         * @constructor
         * @param {protobuf.PinMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PinMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PinMessage clock.
         * @member {number|Long} clock
         * @memberof protobuf.PinMessage
         * @instance
         */
        PinMessage.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PinMessage messageId.
         * @member {string} messageId
         * @memberof protobuf.PinMessage
         * @instance
         */
        PinMessage.prototype.messageId = "";

        /**
         * PinMessage chatId.
         * @member {string} chatId
         * @memberof protobuf.PinMessage
         * @instance
         */
        PinMessage.prototype.chatId = "";

        /**
         * PinMessage pinned.
         * @member {boolean} pinned
         * @memberof protobuf.PinMessage
         * @instance
         */
        PinMessage.prototype.pinned = false;

        /**
         * PinMessage messageType.
         * @member {protobuf.MessageType} messageType
         * @memberof protobuf.PinMessage
         * @instance
         */
        PinMessage.prototype.messageType = 0;

        /**
         * Creates a new PinMessage instance using the specified properties.
         * @function create
         * @memberof protobuf.PinMessage
         * @static
         * @param {protobuf.PinMessage.$Properties=} [properties] Properties to set
         * @returns {protobuf.PinMessage} PinMessage instance
         * @type {{
         *   (properties: protobuf.PinMessage.$Shape): protobuf.PinMessage & protobuf.PinMessage.$Shape;
         *   (properties?: protobuf.PinMessage.$Properties): protobuf.PinMessage;
         * }}
         */
        PinMessage.create = function(properties) {
            return new PinMessage(properties);
        };

        /**
         * Encodes the specified PinMessage message. Does not implicitly {@link protobuf.PinMessage.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PinMessage
         * @static
         * @param {protobuf.PinMessage.$Properties} message PinMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PinMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
            if (message.chatId != null && $Object.hasOwnProperty.call(message, "chatId") && message.chatId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.chatId);
            if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned") && message.pinned !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.pinned);
            if (message.messageType != null && $Object.hasOwnProperty.call(message, "messageType") && message.messageType !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.messageType);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PinMessage message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PinMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PinMessage & protobuf.PinMessage.$Shape} PinMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PinMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PinMessage();
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
                            message.messageId = value;
                        else
                            delete message.messageId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.chatId = value;
                        else
                            delete message.chatId;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.pinned = value;
                        else
                            delete message.pinned;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.messageType = value;
                        else
                            delete message.messageType;
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

        return PinMessage;
    })();
