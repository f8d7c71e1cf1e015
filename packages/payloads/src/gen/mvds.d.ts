import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");


    /**
     * Properties of a Payload.
     * @deprecated Use Payload.$Properties instead.
     */
    export interface IPayload extends Payload.$Properties {
    }

    /** Represents a Payload. */
    export class Payload {

        /**
         * Constructs a new Payload.
         * @param [properties] Properties to set
         */
        constructor(properties?: Payload.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Payload acks. */
        acks: Uint8Array[];

        /** Payload offers. */
        offers: Uint8Array[];

        /** Payload requests. */
        requests: Uint8Array[];

        /** Payload messages. */
        messages: Message.$Properties[];

        /**
         * Creates a new Payload instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Payload instance
         */
        static create(properties: Payload.$Shape): Payload & Payload.$Shape;
        static create(properties?: Payload.$Properties): Payload;

        /**
         * Encodes the specified Payload message. Does not implicitly {@link Payload.verify|verify} messages.
         * @param message Payload message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: Payload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Payload message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {Payload & Payload.$Shape} Payload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Payload & Payload.$Shape;
    }

    export namespace Payload {

        /** Properties of a Payload. */
        interface $Properties {

            /** Payload acks */
            acks?: (Uint8Array[]|null);

            /** Payload offers */
            offers?: (Uint8Array[]|null);

            /** Payload requests */
            requests?: (Uint8Array[]|null);

            /** Payload messages */
            messages?: (Message.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Payload. */
        type $Shape = Payload.$Properties;
    }

    /**
     * Properties of a Message.
     * @deprecated Use Message.$Properties instead.
     */
    export interface IMessage extends Message.$Properties {
    }

    /** Represents a Message. */
    export class Message {

        /**
         * Constructs a new Message.
         * @param [properties] Properties to set
         */
        constructor(properties?: Message.$Properties);

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
        static create(properties: Message.$Shape): Message & Message.$Shape;
        static create(properties?: Message.$Properties): Message;

        /**
         * Encodes the specified Message message. Does not implicitly {@link Message.verify|verify} messages.
         * @param message Message message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Message message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {Message & Message.$Shape} Message
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Message & Message.$Shape;
    }

    export namespace Message {

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
        type $Shape = Message.$Properties;
    }
