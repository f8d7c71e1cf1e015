/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;




    export const SignedPreKey = /*#__PURE__*/ (function() {

        /**
         * Properties of a SignedPreKey.
         * @typedef {Object} encryption.SignedPreKey.$Properties
         * @property {Uint8Array|null} [signedPreKey] SignedPreKey signedPreKey
         * @property {number|null} [version] SignedPreKey version
         * @property {number|null} [protocolVersion] SignedPreKey protocolVersion
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignedPreKey.
         * @memberof encryption
         * @interface ISignedPreKey
         * @augments encryption.SignedPreKey.$Properties
         * @deprecated Use encryption.SignedPreKey.$Properties instead.
         */

        /**
         * Shape of a SignedPreKey.
         * @typedef {encryption.SignedPreKey.$Properties} encryption.SignedPreKey.$Shape
         */

        /**
         * Constructs a new SignedPreKey.
         * @memberof encryption
         * @classdesc Represents a SignedPreKey.
         * @constructor
         * @param {encryption.SignedPreKey.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignedPreKey = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SignedPreKey signedPreKey.
         * @member {Uint8Array} signedPreKey
         * @memberof encryption.SignedPreKey
         * @instance
         */
        SignedPreKey.prototype.signedPreKey = $util.newBuffer([]);

        /**
         * SignedPreKey version.
         * @member {number} version
         * @memberof encryption.SignedPreKey
         * @instance
         */
        SignedPreKey.prototype.version = 0;

        /**
         * SignedPreKey protocolVersion.
         * @member {number} protocolVersion
         * @memberof encryption.SignedPreKey
         * @instance
         */
        SignedPreKey.prototype.protocolVersion = 0;

        /**
         * Creates a new SignedPreKey instance using the specified properties.
         * @function create
         * @memberof encryption.SignedPreKey
         * @static
         * @param {encryption.SignedPreKey.$Properties=} [properties] Properties to set
         * @returns {encryption.SignedPreKey} SignedPreKey instance
         * @type {{
         *   (properties: encryption.SignedPreKey.$Shape): encryption.SignedPreKey & encryption.SignedPreKey.$Shape;
         *   (properties?: encryption.SignedPreKey.$Properties): encryption.SignedPreKey;
         * }}
         */
        SignedPreKey.create = function(properties) {
            return new SignedPreKey(properties);
        };

        /**
         * Encodes the specified SignedPreKey message. Does not implicitly {@link encryption.SignedPreKey.verify|verify} messages.
         * @function encode
         * @memberof encryption.SignedPreKey
         * @static
         * @param {encryption.SignedPreKey.$Properties} message SignedPreKey message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignedPreKey.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.signedPreKey != null && $Object.hasOwnProperty.call(message, "signedPreKey") && message.signedPreKey.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.signedPreKey);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
            if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.protocolVersion);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SignedPreKey message from the specified reader or buffer.
         * @function decode
         * @memberof encryption.SignedPreKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {encryption.SignedPreKey & encryption.SignedPreKey.$Shape} SignedPreKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignedPreKey.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new SignedPreKey();
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
                            message.signedPreKey = value;
                        else
                            delete message.signedPreKey;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.protocolVersion = value;
                        else
                            delete message.protocolVersion;
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

        return SignedPreKey;
    })();

    export const Bundle = /*#__PURE__*/ (function() {

        /**
         * Properties of a Bundle.
         * @typedef {Object} encryption.Bundle.$Properties
         * @property {Uint8Array|null} [identity] Bundle identity
         * @property {Object.<string,encryption.SignedPreKey.$Properties>|null} [signedPreKeys] Bundle signedPreKeys
         * @property {Uint8Array|null} [signature] Bundle signature
         * @property {number|Long|null} [timestamp] Bundle timestamp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Bundle.
         * @memberof encryption
         * @interface IBundle
         * @augments encryption.Bundle.$Properties
         * @deprecated Use encryption.Bundle.$Properties instead.
         */

        /**
         * Shape of a Bundle.
         * @typedef {encryption.Bundle.$Properties} encryption.Bundle.$Shape
         */

        /**
         * Constructs a new Bundle.
         * @memberof encryption
         * @classdesc Represents a Bundle.
         * @constructor
         * @param {encryption.Bundle.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Bundle = function (properties) {
            this.signedPreKeys = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Bundle identity.
         * @member {Uint8Array} identity
         * @memberof encryption.Bundle
         * @instance
         */
        Bundle.prototype.identity = $util.newBuffer([]);

        /**
         * Bundle signedPreKeys.
         * @member {Object.<string,encryption.SignedPreKey.$Properties>} signedPreKeys
         * @memberof encryption.Bundle
         * @instance
         */
        Bundle.prototype.signedPreKeys = $util.emptyObject;

        /**
         * Bundle signature.
         * @member {Uint8Array} signature
         * @memberof encryption.Bundle
         * @instance
         */
        Bundle.prototype.signature = $util.newBuffer([]);

        /**
         * Bundle timestamp.
         * @member {number|Long} timestamp
         * @memberof encryption.Bundle
         * @instance
         */
        Bundle.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new Bundle instance using the specified properties.
         * @function create
         * @memberof encryption.Bundle
         * @static
         * @param {encryption.Bundle.$Properties=} [properties] Properties to set
         * @returns {encryption.Bundle} Bundle instance
         * @type {{
         *   (properties: encryption.Bundle.$Shape): encryption.Bundle & encryption.Bundle.$Shape;
         *   (properties?: encryption.Bundle.$Properties): encryption.Bundle;
         * }}
         */
        Bundle.create = function(properties) {
            return new Bundle(properties);
        };

        /**
         * Encodes the specified Bundle message. Does not implicitly {@link encryption.Bundle.verify|verify} messages.
         * @function encode
         * @memberof encryption.Bundle
         * @static
         * @param {encryption.Bundle.$Properties} message Bundle message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Bundle.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.identity);
            if (message.signedPreKeys != null && $Object.hasOwnProperty.call(message, "signedPreKeys"))
                for (let keys = $Object.keys(message.signedPreKeys), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    SignedPreKey.encode(message.signedPreKeys[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.timestamp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Bundle message from the specified reader or buffer.
         * @function decode
         * @memberof encryption.Bundle
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {encryption.Bundle & encryption.Bundle.$Shape} Bundle
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Bundle.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new Bundle();
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
                            message.identity = value;
                        else
                            delete message.identity;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (message.signedPreKeys === $util.emptyObject)
                            message.signedPreKeys = {};
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
                                value = SignedPreKey.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.signedPreKeys, key);
                        message.signedPreKeys[key] = value || new SignedPreKey();
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
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
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

        return Bundle;
    })();

    export const BundleContainer = /*#__PURE__*/ (function() {

        /**
         * Properties of a BundleContainer.
         * @typedef {Object} encryption.BundleContainer.$Properties
         * @property {encryption.Bundle.$Properties|null} [bundle] BundleContainer bundle
         * @property {Uint8Array|null} [privateSignedPreKey] BundleContainer privateSignedPreKey
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BundleContainer.
         * @memberof encryption
         * @interface IBundleContainer
         * @augments encryption.BundleContainer.$Properties
         * @deprecated Use encryption.BundleContainer.$Properties instead.
         */

        /**
         * Shape of a BundleContainer.
         * @typedef {encryption.BundleContainer.$Properties} encryption.BundleContainer.$Shape
         */

        /**
         * Constructs a new BundleContainer.
         * @memberof encryption
         * @classdesc Represents a BundleContainer.
         * @constructor
         * @param {encryption.BundleContainer.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BundleContainer = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BundleContainer bundle.
         * @member {encryption.Bundle.$Properties|null|undefined} bundle
         * @memberof encryption.BundleContainer
         * @instance
         */
        BundleContainer.prototype.bundle = null;

        /**
         * BundleContainer privateSignedPreKey.
         * @member {Uint8Array} privateSignedPreKey
         * @memberof encryption.BundleContainer
         * @instance
         */
        BundleContainer.prototype.privateSignedPreKey = $util.newBuffer([]);

        /**
         * Creates a new BundleContainer instance using the specified properties.
         * @function create
         * @memberof encryption.BundleContainer
         * @static
         * @param {encryption.BundleContainer.$Properties=} [properties] Properties to set
         * @returns {encryption.BundleContainer} BundleContainer instance
         * @type {{
         *   (properties: encryption.BundleContainer.$Shape): encryption.BundleContainer & encryption.BundleContainer.$Shape;
         *   (properties?: encryption.BundleContainer.$Properties): encryption.BundleContainer;
         * }}
         */
        BundleContainer.create = function(properties) {
            return new BundleContainer(properties);
        };

        /**
         * Encodes the specified BundleContainer message. Does not implicitly {@link encryption.BundleContainer.verify|verify} messages.
         * @function encode
         * @memberof encryption.BundleContainer
         * @static
         * @param {encryption.BundleContainer.$Properties} message BundleContainer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BundleContainer.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle"))
                Bundle.encode(message.bundle, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.privateSignedPreKey != null && $Object.hasOwnProperty.call(message, "privateSignedPreKey") && message.privateSignedPreKey.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.privateSignedPreKey);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BundleContainer message from the specified reader or buffer.
         * @function decode
         * @memberof encryption.BundleContainer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {encryption.BundleContainer & encryption.BundleContainer.$Shape} BundleContainer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BundleContainer.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new BundleContainer();
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
                        message.bundle = Bundle.decode(reader, reader.size(), $undefined, _depth + 1, message.bundle);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.privateSignedPreKey = value;
                        else
                            delete message.privateSignedPreKey;
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

        return BundleContainer;
    })();

    export const DRHeader = /*#__PURE__*/ (function() {

        /**
         * Properties of a DRHeader.
         * @typedef {Object} encryption.DRHeader.$Properties
         * @property {Uint8Array|null} [key] DRHeader key
         * @property {number|null} [n] DRHeader n
         * @property {number|null} [pn] DRHeader pn
         * @property {Uint8Array|null} [id] DRHeader id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DRHeader.
         * @memberof encryption
         * @interface IDRHeader
         * @augments encryption.DRHeader.$Properties
         * @deprecated Use encryption.DRHeader.$Properties instead.
         */

        /**
         * Shape of a DRHeader.
         * @typedef {encryption.DRHeader.$Properties} encryption.DRHeader.$Shape
         */

        /**
         * Constructs a new DRHeader.
         * @memberof encryption
         * @classdesc Represents a DRHeader.
         * @constructor
         * @param {encryption.DRHeader.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DRHeader = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DRHeader key.
         * @member {Uint8Array} key
         * @memberof encryption.DRHeader
         * @instance
         */
        DRHeader.prototype.key = $util.newBuffer([]);

        /**
         * DRHeader n.
         * @member {number} n
         * @memberof encryption.DRHeader
         * @instance
         */
        DRHeader.prototype.n = 0;

        /**
         * DRHeader pn.
         * @member {number} pn
         * @memberof encryption.DRHeader
         * @instance
         */
        DRHeader.prototype.pn = 0;

        /**
         * DRHeader id.
         * @member {Uint8Array} id
         * @memberof encryption.DRHeader
         * @instance
         */
        DRHeader.prototype.id = $util.newBuffer([]);

        /**
         * Creates a new DRHeader instance using the specified properties.
         * @function create
         * @memberof encryption.DRHeader
         * @static
         * @param {encryption.DRHeader.$Properties=} [properties] Properties to set
         * @returns {encryption.DRHeader} DRHeader instance
         * @type {{
         *   (properties: encryption.DRHeader.$Shape): encryption.DRHeader & encryption.DRHeader.$Shape;
         *   (properties?: encryption.DRHeader.$Properties): encryption.DRHeader;
         * }}
         */
        DRHeader.create = function(properties) {
            return new DRHeader(properties);
        };

        /**
         * Encodes the specified DRHeader message. Does not implicitly {@link encryption.DRHeader.verify|verify} messages.
         * @function encode
         * @memberof encryption.DRHeader
         * @static
         * @param {encryption.DRHeader.$Properties} message DRHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DRHeader.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.n != null && $Object.hasOwnProperty.call(message, "n") && message.n !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.n);
            if (message.pn != null && $Object.hasOwnProperty.call(message, "pn") && message.pn !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pn);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DRHeader message from the specified reader or buffer.
         * @function decode
         * @memberof encryption.DRHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {encryption.DRHeader & encryption.DRHeader.$Shape} DRHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DRHeader.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new DRHeader();
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
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.n = value;
                        else
                            delete message.n;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.pn = value;
                        else
                            delete message.pn;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
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

        return DRHeader;
    })();

    export const DHHeader = /*#__PURE__*/ (function() {

        /**
         * Properties of a DHHeader.
         * @typedef {Object} encryption.DHHeader.$Properties
         * @property {Uint8Array|null} [key] DHHeader key
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DHHeader.
         * @memberof encryption
         * @interface IDHHeader
         * @augments encryption.DHHeader.$Properties
         * @deprecated Use encryption.DHHeader.$Properties instead.
         */

        /**
         * Shape of a DHHeader.
         * @typedef {encryption.DHHeader.$Properties} encryption.DHHeader.$Shape
         */

        /**
         * Constructs a new DHHeader.
         * @memberof encryption
         * @classdesc Represents a DHHeader.
         * @constructor
         * @param {encryption.DHHeader.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DHHeader = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DHHeader key.
         * @member {Uint8Array} key
         * @memberof encryption.DHHeader
         * @instance
         */
        DHHeader.prototype.key = $util.newBuffer([]);

        /**
         * Creates a new DHHeader instance using the specified properties.
         * @function create
         * @memberof encryption.DHHeader
         * @static
         * @param {encryption.DHHeader.$Properties=} [properties] Properties to set
         * @returns {encryption.DHHeader} DHHeader instance
         * @type {{
         *   (properties: encryption.DHHeader.$Shape): encryption.DHHeader & encryption.DHHeader.$Shape;
         *   (properties?: encryption.DHHeader.$Properties): encryption.DHHeader;
         * }}
         */
        DHHeader.create = function(properties) {
            return new DHHeader(properties);
        };

        /**
         * Encodes the specified DHHeader message. Does not implicitly {@link encryption.DHHeader.verify|verify} messages.
         * @function encode
         * @memberof encryption.DHHeader
         * @static
         * @param {encryption.DHHeader.$Properties} message DHHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DHHeader.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DHHeader message from the specified reader or buffer.
         * @function decode
         * @memberof encryption.DHHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {encryption.DHHeader & encryption.DHHeader.$Shape} DHHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DHHeader.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new DHHeader();
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
                            message.key = value;
                        else
                            delete message.key;
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

        return DHHeader;
    })();

    export const X3DHHeader = /*#__PURE__*/ (function() {

        /**
         * Properties of a X3DHHeader.
         * @typedef {Object} encryption.X3DHHeader.$Properties
         * @property {Uint8Array|null} [key] X3DHHeader key
         * @property {Uint8Array|null} [id] X3DHHeader id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a X3DHHeader.
         * @memberof encryption
         * @interface IX3DHHeader
         * @augments encryption.X3DHHeader.$Properties
         * @deprecated Use encryption.X3DHHeader.$Properties instead.
         */

        /**
         * Shape of a X3DHHeader.
         * @typedef {encryption.X3DHHeader.$Properties} encryption.X3DHHeader.$Shape
         */

        /**
         * Constructs a new X3DHHeader.
         * @memberof encryption
         * @classdesc Represents a X3DHHeader.
         * @constructor
         * @param {encryption.X3DHHeader.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const X3DHHeader = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * X3DHHeader key.
         * @member {Uint8Array} key
         * @memberof encryption.X3DHHeader
         * @instance
         */
        X3DHHeader.prototype.key = $util.newBuffer([]);

        /**
         * X3DHHeader id.
         * @member {Uint8Array} id
         * @memberof encryption.X3DHHeader
         * @instance
         */
        X3DHHeader.prototype.id = $util.newBuffer([]);

        /**
         * Creates a new X3DHHeader instance using the specified properties.
         * @function create
         * @memberof encryption.X3DHHeader
         * @static
         * @param {encryption.X3DHHeader.$Properties=} [properties] Properties to set
         * @returns {encryption.X3DHHeader} X3DHHeader instance
         * @type {{
         *   (properties: encryption.X3DHHeader.$Shape): encryption.X3DHHeader & encryption.X3DHHeader.$Shape;
         *   (properties?: encryption.X3DHHeader.$Properties): encryption.X3DHHeader;
         * }}
         */
        X3DHHeader.create = function(properties) {
            return new X3DHHeader(properties);
        };

        /**
         * Encodes the specified X3DHHeader message. Does not implicitly {@link encryption.X3DHHeader.verify|verify} messages.
         * @function encode
         * @memberof encryption.X3DHHeader
         * @static
         * @param {encryption.X3DHHeader.$Properties} message X3DHHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        X3DHHeader.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a X3DHHeader message from the specified reader or buffer.
         * @function decode
         * @memberof encryption.X3DHHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {encryption.X3DHHeader & encryption.X3DHHeader.$Shape} X3DHHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        X3DHHeader.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new X3DHHeader();
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
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
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

        return X3DHHeader;
    })();

    export const DirectMessageProtocol = /*#__PURE__*/ (function() {

        /**
         * Properties of a DirectMessageProtocol.
         * @typedef {Object} encryption.DirectMessageProtocol.$Properties
         * @property {encryption.X3DHHeader.$Properties|null} [X3DHHeader] DirectMessageProtocol X3DHHeader
         * @property {encryption.DRHeader.$Properties|null} [DRHeader] DirectMessageProtocol DRHeader
         * @property {encryption.DHHeader.$Properties|null} [DHHeader] DirectMessageProtocol DHHeader
         * @property {Uint8Array|null} [payload] DirectMessageProtocol payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DirectMessageProtocol.
         * @memberof encryption
         * @interface IDirectMessageProtocol
         * @augments encryption.DirectMessageProtocol.$Properties
         * @deprecated Use encryption.DirectMessageProtocol.$Properties instead.
         */

        /**
         * Shape of a DirectMessageProtocol.
         * @typedef {encryption.DirectMessageProtocol.$Properties} encryption.DirectMessageProtocol.$Shape
         */

        /**
         * Constructs a new DirectMessageProtocol.
         * @memberof encryption
         * @classdesc Represents a DirectMessageProtocol.
         * @constructor
         * @param {encryption.DirectMessageProtocol.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DirectMessageProtocol = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DirectMessageProtocol X3DHHeader.
         * @member {encryption.X3DHHeader.$Properties|null|undefined} X3DHHeader
         * @memberof encryption.DirectMessageProtocol
         * @instance
         */
        DirectMessageProtocol.prototype.X3DHHeader = null;

        /**
         * DirectMessageProtocol DRHeader.
         * @member {encryption.DRHeader.$Properties|null|undefined} DRHeader
         * @memberof encryption.DirectMessageProtocol
         * @instance
         */
        DirectMessageProtocol.prototype.DRHeader = null;

        /**
         * DirectMessageProtocol DHHeader.
         * @member {encryption.DHHeader.$Properties|null|undefined} DHHeader
         * @memberof encryption.DirectMessageProtocol
         * @instance
         */
        DirectMessageProtocol.prototype.DHHeader = null;

        /**
         * DirectMessageProtocol payload.
         * @member {Uint8Array} payload
         * @memberof encryption.DirectMessageProtocol
         * @instance
         */
        DirectMessageProtocol.prototype.payload = $util.newBuffer([]);

        /**
         * Creates a new DirectMessageProtocol instance using the specified properties.
         * @function create
         * @memberof encryption.DirectMessageProtocol
         * @static
         * @param {encryption.DirectMessageProtocol.$Properties=} [properties] Properties to set
         * @returns {encryption.DirectMessageProtocol} DirectMessageProtocol instance
         * @type {{
         *   (properties: encryption.DirectMessageProtocol.$Shape): encryption.DirectMessageProtocol & encryption.DirectMessageProtocol.$Shape;
         *   (properties?: encryption.DirectMessageProtocol.$Properties): encryption.DirectMessageProtocol;
         * }}
         */
        DirectMessageProtocol.create = function(properties) {
            return new DirectMessageProtocol(properties);
        };

        /**
         * Encodes the specified DirectMessageProtocol message. Does not implicitly {@link encryption.DirectMessageProtocol.verify|verify} messages.
         * @function encode
         * @memberof encryption.DirectMessageProtocol
         * @static
         * @param {encryption.DirectMessageProtocol.$Properties} message DirectMessageProtocol message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DirectMessageProtocol.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.X3DHHeader != null && $Object.hasOwnProperty.call(message, "X3DHHeader"))
                X3DHHeader.encode(message.X3DHHeader, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.DRHeader != null && $Object.hasOwnProperty.call(message, "DRHeader"))
                DRHeader.encode(message.DRHeader, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
            if (message.DHHeader != null && $Object.hasOwnProperty.call(message, "DHHeader"))
                DHHeader.encode(message.DHHeader, writer.uint32(/* id 101, wireType 2 =*/810).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DirectMessageProtocol message from the specified reader or buffer.
         * @function decode
         * @memberof encryption.DirectMessageProtocol
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {encryption.DirectMessageProtocol & encryption.DirectMessageProtocol.$Shape} DirectMessageProtocol
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DirectMessageProtocol.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new DirectMessageProtocol();
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
                        message.X3DHHeader = X3DHHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.X3DHHeader);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.DRHeader = DRHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.DRHeader);
                        continue;
                    }
                case 101: {
                        if (wireType !== 2)
                            break;
                        message.DHHeader = DHHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.DHHeader);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
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

        return DirectMessageProtocol;
    })();

    export const ProtocolMessage = /*#__PURE__*/ (function() {

        /**
         * Properties of a ProtocolMessage.
         * @typedef {Object} encryption.ProtocolMessage.$Properties
         * @property {string|null} [installationId] ProtocolMessage installationId
         * @property {Array.<encryption.Bundle.$Properties>|null} [bundles] ProtocolMessage bundles
         * @property {Object.<string,encryption.DirectMessageProtocol.$Properties>|null} [directMessage] ProtocolMessage directMessage
         * @property {Uint8Array|null} [publicMessage] ProtocolMessage publicMessage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ProtocolMessage.
         * @memberof encryption
         * @interface IProtocolMessage
         * @augments encryption.ProtocolMessage.$Properties
         * @deprecated Use encryption.ProtocolMessage.$Properties instead.
         */

        /**
         * Shape of a ProtocolMessage.
         * @typedef {encryption.ProtocolMessage.$Properties} encryption.ProtocolMessage.$Shape
         */

        /**
         * Constructs a new ProtocolMessage.
         * @memberof encryption
         * @classdesc Represents a ProtocolMessage.
         * @constructor
         * @param {encryption.ProtocolMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ProtocolMessage = function (properties) {
            this.bundles = [];
            this.directMessage = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ProtocolMessage installationId.
         * @member {string} installationId
         * @memberof encryption.ProtocolMessage
         * @instance
         */
        ProtocolMessage.prototype.installationId = "";

        /**
         * ProtocolMessage bundles.
         * @member {Array.<encryption.Bundle.$Properties>} bundles
         * @memberof encryption.ProtocolMessage
         * @instance
         */
        ProtocolMessage.prototype.bundles = $util.emptyArray;

        /**
         * ProtocolMessage directMessage.
         * @member {Object.<string,encryption.DirectMessageProtocol.$Properties>} directMessage
         * @memberof encryption.ProtocolMessage
         * @instance
         */
        ProtocolMessage.prototype.directMessage = $util.emptyObject;

        /**
         * ProtocolMessage publicMessage.
         * @member {Uint8Array} publicMessage
         * @memberof encryption.ProtocolMessage
         * @instance
         */
        ProtocolMessage.prototype.publicMessage = $util.newBuffer([]);

        /**
         * Creates a new ProtocolMessage instance using the specified properties.
         * @function create
         * @memberof encryption.ProtocolMessage
         * @static
         * @param {encryption.ProtocolMessage.$Properties=} [properties] Properties to set
         * @returns {encryption.ProtocolMessage} ProtocolMessage instance
         * @type {{
         *   (properties: encryption.ProtocolMessage.$Shape): encryption.ProtocolMessage & encryption.ProtocolMessage.$Shape;
         *   (properties?: encryption.ProtocolMessage.$Properties): encryption.ProtocolMessage;
         * }}
         */
        ProtocolMessage.create = function(properties) {
            return new ProtocolMessage(properties);
        };

        /**
         * Encodes the specified ProtocolMessage message. Does not implicitly {@link encryption.ProtocolMessage.verify|verify} messages.
         * @function encode
         * @memberof encryption.ProtocolMessage
         * @static
         * @param {encryption.ProtocolMessage.$Properties} message ProtocolMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProtocolMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.installationId != null && $Object.hasOwnProperty.call(message, "installationId") && message.installationId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.installationId);
            if (message.bundles != null && message.bundles.length)
                for (let i = 0; i < message.bundles.length; ++i)
                    Bundle.encode(message.bundles[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.directMessage != null && $Object.hasOwnProperty.call(message, "directMessage"))
                for (let keys = $Object.keys(message.directMessage), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 101, wireType 2 =*/810).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    DirectMessageProtocol.encode(message.directMessage[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.publicMessage != null && $Object.hasOwnProperty.call(message, "publicMessage") && message.publicMessage.length)
                writer.uint32(/* id 102, wireType 2 =*/818).bytes(message.publicMessage);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ProtocolMessage message from the specified reader or buffer.
         * @function decode
         * @memberof encryption.ProtocolMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {encryption.ProtocolMessage & encryption.ProtocolMessage.$Shape} ProtocolMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProtocolMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new ProtocolMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
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
                        if (!(message.bundles && message.bundles.length))
                            message.bundles = [];
                        message.bundles.push(Bundle.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 101: {
                        if (wireType !== 2)
                            break;
                        if (message.directMessage === $util.emptyObject)
                            message.directMessage = {};
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
                                value = DirectMessageProtocol.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.directMessage, key);
                        message.directMessage[key] = value || new DirectMessageProtocol();
                        continue;
                    }
                case 102: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.publicMessage = value;
                        else
                            delete message.publicMessage;
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

        return ProtocolMessage;
    })();
