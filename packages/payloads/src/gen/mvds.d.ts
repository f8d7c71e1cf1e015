import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace mvds. */
export namespace mvds {

    /**
     * Properties of a Payload.
     * @deprecated Use mvds.Payload.$Properties instead.
     */
    interface IPayload extends mvds.Payload.$Properties {
    }

    /** Represents a Payload. */
    class Payload {

        /**
         * Constructs a new Payload.
         * @param [properties] Properties to set
         */
        constructor(properties?: mvds.Payload.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Payload acks. */
        acks: Uint8Array[];

        /** Payload offers. */
        offers: Uint8Array[];

        /** Payload requests. */
        requests: Uint8Array[];

        /** Payload messages. */
        messages: mvds.Message.$Properties[];

        /**
         * Creates a new Payload instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Payload instance
         */
        static create(properties: mvds.Payload.$Shape): mvds.Payload & mvds.Payload.$Shape;
        static create(properties?: mvds.Payload.$Properties): mvds.Payload;

        /**
         * Encodes the specified Payload message. Does not implicitly {@link mvds.Payload.verify|verify} messages.
         * @param message Payload message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mvds.Payload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Payload message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mvds.Payload & mvds.Payload.$Shape} Payload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mvds.Payload & mvds.Payload.$Shape;
    }

    namespace Payload {

        /** Properties of a Payload. */
        interface $Properties {

            /** Payload acks */
            acks?: (Uint8Array[]|null);

            /** Payload offers */
            offers?: (Uint8Array[]|null);

            /** Payload requests */
            requests?: (Uint8Array[]|null);

            /** Payload messages */
            messages?: (mvds.Message.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Payload. */
        type $Shape = mvds.Payload.$Properties;
    }

    /**
     * Properties of a Message.
     * @deprecated Use mvds.Message.$Properties instead.
     */
    interface IMessage extends mvds.Message.$Properties {
    }

    /** Represents a Message. */
    class Message {

        /**
         * Constructs a new Message.
         * @param [properties] Properties to set
         */
        constructor(properties?: mvds.Message.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Message groupId. */
        groupId: Uint8Array;

        /** Message timestamp. */
        timestamp: (number|Long);

        /** Message body. */
        body: Uint8Array;

        /**
         * Creates a new Message instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Message instance
         */
        static create(properties: mvds.Message.$Shape): mvds.Message & mvds.Message.$Shape;
        static create(properties?: mvds.Message.$Properties): mvds.Message;

        /**
         * Encodes the specified Message message. Does not implicitly {@link mvds.Message.verify|verify} messages.
         * @param message Message message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mvds.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Message message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mvds.Message & mvds.Message.$Shape} Message
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mvds.Message & mvds.Message.$Shape;
    }

    namespace Message {

        /** Properties of a Message. */
        interface $Properties {

            /** Message groupId */
            groupId?: (Uint8Array|null);

            /** Message timestamp */
            timestamp?: (number|Long|null);

            /** Message body */
            body?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Message. */
        type $Shape = mvds.Message.$Properties;
    }
}
