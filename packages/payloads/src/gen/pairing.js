/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;




    export const PairInstallation = /*#__PURE__*/ (function() {

        /**
         * Properties of a PairInstallation.
         * @typedef {Object} protobuf.PairInstallation.$Properties
         * @property {number|Long|null} [clock] PairInstallation clock
         * @property {string|null} [installationId] PairInstallation installationId
         * @property {string|null} [deviceType] PairInstallation deviceType
         * @property {string|null} [name] PairInstallation name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PairInstallation.
         * @memberof protobuf
         * @interface IPairInstallation
         * @augments protobuf.PairInstallation.$Properties
         * @deprecated Use protobuf.PairInstallation.$Properties instead.
         */

        /**
         * Shape of a PairInstallation.
         * @typedef {protobuf.PairInstallation.$Properties} protobuf.PairInstallation.$Shape
         */

        /**
         * Constructs a new PairInstallation.
         * @memberof protobuf
         * @classdesc Represents a PairInstallation.
         * @constructor
         * @param {protobuf.PairInstallation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PairInstallation = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PairInstallation clock.
         * @member {number|Long} clock
         * @memberof protobuf.PairInstallation
         * @instance
         */
        PairInstallation.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PairInstallation installationId.
         * @member {string} installationId
         * @memberof protobuf.PairInstallation
         * @instance
         */
        PairInstallation.prototype.installationId = "";

        /**
         * PairInstallation deviceType.
         * @member {string} deviceType
         * @memberof protobuf.PairInstallation
         * @instance
         */
        PairInstallation.prototype.deviceType = "";

        /**
         * PairInstallation name.
         * @member {string} name
         * @memberof protobuf.PairInstallation
         * @instance
         */
        PairInstallation.prototype.name = "";

        /**
         * Creates a new PairInstallation instance using the specified properties.
         * @function create
         * @memberof protobuf.PairInstallation
         * @static
         * @param {protobuf.PairInstallation.$Properties=} [properties] Properties to set
         * @returns {protobuf.PairInstallation} PairInstallation instance
         * @type {{
         *   (properties: protobuf.PairInstallation.$Shape): protobuf.PairInstallation & protobuf.PairInstallation.$Shape;
         *   (properties?: protobuf.PairInstallation.$Properties): protobuf.PairInstallation;
         * }}
         */
        PairInstallation.create = function(properties) {
            return new PairInstallation(properties);
        };

        /**
         * Encodes the specified PairInstallation message. Does not implicitly {@link protobuf.PairInstallation.verify|verify} messages.
         * @function encode
         * @memberof protobuf.PairInstallation
         * @static
         * @param {protobuf.PairInstallation.$Properties} message PairInstallation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PairInstallation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.installationId != null && $Object.hasOwnProperty.call(message, "installationId") && message.installationId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.installationId);
            if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType") && message.deviceType !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceType);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PairInstallation message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.PairInstallation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.PairInstallation & protobuf.PairInstallation.$Shape} PairInstallation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PairInstallation.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new PairInstallation();
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
                            message.installationId = value;
                        else
                            delete message.installationId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceType = value;
                        else
                            delete message.deviceType;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
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

        return PairInstallation;
    })();

    export const SyncInstallationContact = /*#__PURE__*/ (function() {

        /**
         * Properties of a SyncInstallationContact.
         * @typedef {Object} protobuf.SyncInstallationContact.$Properties
         * @property {number|Long|null} [clock] SyncInstallationContact clock
         * @property {string|null} [id] SyncInstallationContact id
         * @property {string|null} [profileImage] SyncInstallationContact profileImage
         * @property {string|null} [ensName] SyncInstallationContact ensName
         * @property {number|Long|null} [lastUpdated] SyncInstallationContact lastUpdated
         * @property {Array.<string>|null} [systemTags] SyncInstallationContact systemTags
         * @property {string|null} [localNickname] SyncInstallationContact localNickname
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SyncInstallationContact.
         * @memberof protobuf
         * @interface ISyncInstallationContact
         * @augments protobuf.SyncInstallationContact.$Properties
         * @deprecated Use protobuf.SyncInstallationContact.$Properties instead.
         */

        /**
         * Shape of a SyncInstallationContact.
         * @typedef {protobuf.SyncInstallationContact.$Properties} protobuf.SyncInstallationContact.$Shape
         */

        /**
         * Constructs a new SyncInstallationContact.
         * @memberof protobuf
         * @classdesc Represents a SyncInstallationContact.
         * @constructor
         * @param {protobuf.SyncInstallationContact.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SyncInstallationContact = function (properties) {
            this.systemTags = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SyncInstallationContact clock.
         * @member {number|Long} clock
         * @memberof protobuf.SyncInstallationContact
         * @instance
         */
        SyncInstallationContact.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SyncInstallationContact id.
         * @member {string} id
         * @memberof protobuf.SyncInstallationContact
         * @instance
         */
        SyncInstallationContact.prototype.id = "";

        /**
         * SyncInstallationContact profileImage.
         * @member {string} profileImage
         * @memberof protobuf.SyncInstallationContact
         * @instance
         */
        SyncInstallationContact.prototype.profileImage = "";

        /**
         * SyncInstallationContact ensName.
         * @member {string} ensName
         * @memberof protobuf.SyncInstallationContact
         * @instance
         */
        SyncInstallationContact.prototype.ensName = "";

        /**
         * SyncInstallationContact lastUpdated.
         * @member {number|Long} lastUpdated
         * @memberof protobuf.SyncInstallationContact
         * @instance
         */
        SyncInstallationContact.prototype.lastUpdated = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SyncInstallationContact systemTags.
         * @member {Array.<string>} systemTags
         * @memberof protobuf.SyncInstallationContact
         * @instance
         */
        SyncInstallationContact.prototype.systemTags = $util.emptyArray;

        /**
         * SyncInstallationContact localNickname.
         * @member {string} localNickname
         * @memberof protobuf.SyncInstallationContact
         * @instance
         */
        SyncInstallationContact.prototype.localNickname = "";

        /**
         * Creates a new SyncInstallationContact instance using the specified properties.
         * @function create
         * @memberof protobuf.SyncInstallationContact
         * @static
         * @param {protobuf.SyncInstallationContact.$Properties=} [properties] Properties to set
         * @returns {protobuf.SyncInstallationContact} SyncInstallationContact instance
         * @type {{
         *   (properties: protobuf.SyncInstallationContact.$Shape): protobuf.SyncInstallationContact & protobuf.SyncInstallationContact.$Shape;
         *   (properties?: protobuf.SyncInstallationContact.$Properties): protobuf.SyncInstallationContact;
         * }}
         */
        SyncInstallationContact.create = function(properties) {
            return new SyncInstallationContact(properties);
        };

        /**
         * Encodes the specified SyncInstallationContact message. Does not implicitly {@link protobuf.SyncInstallationContact.verify|verify} messages.
         * @function encode
         * @memberof protobuf.SyncInstallationContact
         * @static
         * @param {protobuf.SyncInstallationContact.$Properties} message SyncInstallationContact message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncInstallationContact.encode = function (message, writer, _depth) {
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
            if (message.profileImage != null && $Object.hasOwnProperty.call(message, "profileImage") && message.profileImage !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.profileImage);
            if (message.ensName != null && $Object.hasOwnProperty.call(message, "ensName") && message.ensName !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.ensName);
            if (message.lastUpdated != null && $Object.hasOwnProperty.call(message, "lastUpdated") && (typeof message.lastUpdated === "object" ? message.lastUpdated.low || message.lastUpdated.high : message.lastUpdated !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.lastUpdated);
            if (message.systemTags != null && message.systemTags.length)
                for (let i = 0; i < message.systemTags.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.systemTags[i]);
            if (message.localNickname != null && $Object.hasOwnProperty.call(message, "localNickname") && message.localNickname !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.localNickname);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SyncInstallationContact message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.SyncInstallationContact
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.SyncInstallationContact & protobuf.SyncInstallationContact.$Shape} SyncInstallationContact
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncInstallationContact.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new SyncInstallationContact();
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
                            message.profileImage = value;
                        else
                            delete message.profileImage;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ensName = value;
                        else
                            delete message.ensName;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.lastUpdated = value;
                        else
                            delete message.lastUpdated;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.systemTags && message.systemTags.length))
                            message.systemTags = [];
                        message.systemTags.push(reader.stringVerify());
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.localNickname = value;
                        else
                            delete message.localNickname;
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

        return SyncInstallationContact;
    })();

    export const SyncInstallationAccount = /*#__PURE__*/ (function() {

        /**
         * Properties of a SyncInstallationAccount.
         * @typedef {Object} protobuf.SyncInstallationAccount.$Properties
         * @property {number|Long|null} [clock] SyncInstallationAccount clock
         * @property {string|null} [profileImage] SyncInstallationAccount profileImage
         * @property {number|Long|null} [lastUpdated] SyncInstallationAccount lastUpdated
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SyncInstallationAccount.
         * @memberof protobuf
         * @interface ISyncInstallationAccount
         * @augments protobuf.SyncInstallationAccount.$Properties
         * @deprecated Use protobuf.SyncInstallationAccount.$Properties instead.
         */

        /**
         * Shape of a SyncInstallationAccount.
         * @typedef {protobuf.SyncInstallationAccount.$Properties} protobuf.SyncInstallationAccount.$Shape
         */

        /**
         * Constructs a new SyncInstallationAccount.
         * @memberof protobuf
         * @classdesc Represents a SyncInstallationAccount.
         * @constructor
         * @param {protobuf.SyncInstallationAccount.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SyncInstallationAccount = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SyncInstallationAccount clock.
         * @member {number|Long} clock
         * @memberof protobuf.SyncInstallationAccount
         * @instance
         */
        SyncInstallationAccount.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SyncInstallationAccount profileImage.
         * @member {string} profileImage
         * @memberof protobuf.SyncInstallationAccount
         * @instance
         */
        SyncInstallationAccount.prototype.profileImage = "";

        /**
         * SyncInstallationAccount lastUpdated.
         * @member {number|Long} lastUpdated
         * @memberof protobuf.SyncInstallationAccount
         * @instance
         */
        SyncInstallationAccount.prototype.lastUpdated = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new SyncInstallationAccount instance using the specified properties.
         * @function create
         * @memberof protobuf.SyncInstallationAccount
         * @static
         * @param {protobuf.SyncInstallationAccount.$Properties=} [properties] Properties to set
         * @returns {protobuf.SyncInstallationAccount} SyncInstallationAccount instance
         * @type {{
         *   (properties: protobuf.SyncInstallationAccount.$Shape): protobuf.SyncInstallationAccount & protobuf.SyncInstallationAccount.$Shape;
         *   (properties?: protobuf.SyncInstallationAccount.$Properties): protobuf.SyncInstallationAccount;
         * }}
         */
        SyncInstallationAccount.create = function(properties) {
            return new SyncInstallationAccount(properties);
        };

        /**
         * Encodes the specified SyncInstallationAccount message. Does not implicitly {@link protobuf.SyncInstallationAccount.verify|verify} messages.
         * @function encode
         * @memberof protobuf.SyncInstallationAccount
         * @static
         * @param {protobuf.SyncInstallationAccount.$Properties} message SyncInstallationAccount message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncInstallationAccount.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clock != null && $Object.hasOwnProperty.call(message, "clock") && (typeof message.clock === "object" ? message.clock.low || message.clock.high : message.clock !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clock);
            if (message.profileImage != null && $Object.hasOwnProperty.call(message, "profileImage") && message.profileImage !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.profileImage);
            if (message.lastUpdated != null && $Object.hasOwnProperty.call(message, "lastUpdated") && (typeof message.lastUpdated === "object" ? message.lastUpdated.low || message.lastUpdated.high : message.lastUpdated !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lastUpdated);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SyncInstallationAccount message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.SyncInstallationAccount
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.SyncInstallationAccount & protobuf.SyncInstallationAccount.$Shape} SyncInstallationAccount
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncInstallationAccount.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new SyncInstallationAccount();
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
                            message.profileImage = value;
                        else
                            delete message.profileImage;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.lastUpdated = value;
                        else
                            delete message.lastUpdated;
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

        return SyncInstallationAccount;
    })();

    export const SyncInstallationPublicChat = /*#__PURE__*/ (function() {

        /**
         * Properties of a SyncInstallationPublicChat.
         * @typedef {Object} protobuf.SyncInstallationPublicChat.$Properties
         * @property {number|Long|null} [clock] SyncInstallationPublicChat clock
         * @property {string|null} [id] SyncInstallationPublicChat id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SyncInstallationPublicChat.
         * @memberof protobuf
         * @interface ISyncInstallationPublicChat
         * @augments protobuf.SyncInstallationPublicChat.$Properties
         * @deprecated Use protobuf.SyncInstallationPublicChat.$Properties instead.
         */

        /**
         * Shape of a SyncInstallationPublicChat.
         * @typedef {protobuf.SyncInstallationPublicChat.$Properties} protobuf.SyncInstallationPublicChat.$Shape
         */

        /**
         * Constructs a new SyncInstallationPublicChat.
         * @memberof protobuf
         * @classdesc Represents a SyncInstallationPublicChat.
         * @constructor
         * @param {protobuf.SyncInstallationPublicChat.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SyncInstallationPublicChat = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SyncInstallationPublicChat clock.
         * @member {number|Long} clock
         * @memberof protobuf.SyncInstallationPublicChat
         * @instance
         */
        SyncInstallationPublicChat.prototype.clock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SyncInstallationPublicChat id.
         * @member {string} id
         * @memberof protobuf.SyncInstallationPublicChat
         * @instance
         */
        SyncInstallationPublicChat.prototype.id = "";

        /**
         * Creates a new SyncInstallationPublicChat instance using the specified properties.
         * @function create
         * @memberof protobuf.SyncInstallationPublicChat
         * @static
         * @param {protobuf.SyncInstallationPublicChat.$Properties=} [properties] Properties to set
         * @returns {protobuf.SyncInstallationPublicChat} SyncInstallationPublicChat instance
         * @type {{
         *   (properties: protobuf.SyncInstallationPublicChat.$Shape): protobuf.SyncInstallationPublicChat & protobuf.SyncInstallationPublicChat.$Shape;
         *   (properties?: protobuf.SyncInstallationPublicChat.$Properties): protobuf.SyncInstallationPublicChat;
         * }}
         */
        SyncInstallationPublicChat.create = function(properties) {
            return new SyncInstallationPublicChat(properties);
        };

        /**
         * Encodes the specified SyncInstallationPublicChat message. Does not implicitly {@link protobuf.SyncInstallationPublicChat.verify|verify} messages.
         * @function encode
         * @memberof protobuf.SyncInstallationPublicChat
         * @static
         * @param {protobuf.SyncInstallationPublicChat.$Properties} message SyncInstallationPublicChat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncInstallationPublicChat.encode = function (message, writer, _depth) {
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
         * Decodes a SyncInstallationPublicChat message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.SyncInstallationPublicChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.SyncInstallationPublicChat & protobuf.SyncInstallationPublicChat.$Shape} SyncInstallationPublicChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncInstallationPublicChat.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new SyncInstallationPublicChat();
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

        return SyncInstallationPublicChat;
    })();

    export const SyncInstallation = /*#__PURE__*/ (function() {

        /**
         * Properties of a SyncInstallation.
         * @typedef {Object} protobuf.SyncInstallation.$Properties
         * @property {Array.<protobuf.SyncInstallationContact.$Properties>|null} [contacts] SyncInstallation contacts
         * @property {Array.<protobuf.SyncInstallationPublicChat.$Properties>|null} [publicChats] SyncInstallation publicChats
         * @property {protobuf.SyncInstallationAccount.$Properties|null} [account] SyncInstallation account
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SyncInstallation.
         * @memberof protobuf
         * @interface ISyncInstallation
         * @augments protobuf.SyncInstallation.$Properties
         * @deprecated Use protobuf.SyncInstallation.$Properties instead.
         */

        /**
         * Shape of a SyncInstallation.
         * @typedef {protobuf.SyncInstallation.$Properties} protobuf.SyncInstallation.$Shape
         */

        /**
         * Constructs a new SyncInstallation.
         * @memberof protobuf
         * @classdesc Represents a SyncInstallation.
         * @constructor
         * @param {protobuf.SyncInstallation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SyncInstallation = function (properties) {
            this.contacts = [];
            this.publicChats = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SyncInstallation contacts.
         * @member {Array.<protobuf.SyncInstallationContact.$Properties>} contacts
         * @memberof protobuf.SyncInstallation
         * @instance
         */
        SyncInstallation.prototype.contacts = $util.emptyArray;

        /**
         * SyncInstallation publicChats.
         * @member {Array.<protobuf.SyncInstallationPublicChat.$Properties>} publicChats
         * @memberof protobuf.SyncInstallation
         * @instance
         */
        SyncInstallation.prototype.publicChats = $util.emptyArray;

        /**
         * SyncInstallation account.
         * @member {protobuf.SyncInstallationAccount.$Properties|null|undefined} account
         * @memberof protobuf.SyncInstallation
         * @instance
         */
        SyncInstallation.prototype.account = null;

        /**
         * Creates a new SyncInstallation instance using the specified properties.
         * @function create
         * @memberof protobuf.SyncInstallation
         * @static
         * @param {protobuf.SyncInstallation.$Properties=} [properties] Properties to set
         * @returns {protobuf.SyncInstallation} SyncInstallation instance
         * @type {{
         *   (properties: protobuf.SyncInstallation.$Shape): protobuf.SyncInstallation & protobuf.SyncInstallation.$Shape;
         *   (properties?: protobuf.SyncInstallation.$Properties): protobuf.SyncInstallation;
         * }}
         */
        SyncInstallation.create = function(properties) {
            return new SyncInstallation(properties);
        };

        /**
         * Encodes the specified SyncInstallation message. Does not implicitly {@link protobuf.SyncInstallation.verify|verify} messages.
         * @function encode
         * @memberof protobuf.SyncInstallation
         * @static
         * @param {protobuf.SyncInstallation.$Properties} message SyncInstallation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncInstallation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.contacts != null && message.contacts.length)
                for (let i = 0; i < message.contacts.length; ++i)
                    SyncInstallationContact.encode(message.contacts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.publicChats != null && message.publicChats.length)
                for (let i = 0; i < message.publicChats.length; ++i)
                    SyncInstallationPublicChat.encode(message.publicChats[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                SyncInstallationAccount.encode(message.account, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SyncInstallation message from the specified reader or buffer.
         * @function decode
         * @memberof protobuf.SyncInstallation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {protobuf.SyncInstallation & protobuf.SyncInstallation.$Shape} SyncInstallation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncInstallation.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new SyncInstallation();
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
                        if (!(message.contacts && message.contacts.length))
                            message.contacts = [];
                        message.contacts.push(SyncInstallationContact.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.publicChats && message.publicChats.length))
                            message.publicChats = [];
                        message.publicChats.push(SyncInstallationPublicChat.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.account = SyncInstallationAccount.decode(reader, reader.size(), $undefined, _depth + 1, message.account);
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

        return SyncInstallation;
    })();
