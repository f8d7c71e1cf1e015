/**
 * Chat message content between the client's typed objects and the ChatMessage protobuf (§7.2):
 * the content type and the `payload` oneof, both ways.
 */
import { type ChatMessage, type ChatMessageContent, CONTENT_TYPE } from '@statuskit/payloads';
import type { MessageContent, OutgoingMessage } from './types.js';

/** The ChatMessage fields of an outgoing message (clock, chat and type are the caller's). */
export function contentFields(
  m: OutgoingMessage,
): Pick<ChatMessage, 'text' | 'contentType' | 'content' | 'responseTo' | 'ensName'> {
  if (m === null || typeof m !== 'object') throw new TypeError('message must be an object');
  if (typeof m.text !== 'string') throw new TypeError('message.text must be a string');
  if (m.replyTo !== undefined && !/^0x[0-9a-f]{64}$/i.test(m.replyTo)) {
    throw new RangeError('message.replyTo must be a 0x-hex message ID');
  }
  const c: MessageContent = m.content ?? { type: 'text' };
  let contentType: number;
  let content: ChatMessageContent | undefined;
  switch (c.type) {
    case 'text':
      contentType = CONTENT_TYPE.TEXT_PLAIN;
      break;
    case 'emoji':
      contentType = CONTENT_TYPE.EMOJI;
      break;
    case 'sticker':
      if (typeof c.hash !== 'string' || c.hash.length === 0) throw new RangeError('sticker.hash must be set');
      contentType = CONTENT_TYPE.STICKER;
      content = { kind: 'sticker', sticker: { hash: c.hash, pack: c.pack } };
      break;
    case 'image':
      if (!(c.payload instanceof Uint8Array) || c.payload.length === 0)
        throw new RangeError('image.payload must be set');
      contentType = CONTENT_TYPE.IMAGE;
      content = { kind: 'image', image: { payload: c.payload, type: c.imageType } };
      break;
    case 'audio':
      if (!(c.payload instanceof Uint8Array) || c.payload.length === 0)
        throw new RangeError('audio.payload must be set');
      contentType = CONTENT_TYPE.AUDIO;
      content = { kind: 'audio', audio: { payload: c.payload, type: c.audioType, durationMs: c.durationMs } };
      break;
    default:
      throw new RangeError(`unknown content type ${(c as { type: unknown }).type}`);
  }
  if (m.text.trim().length === 0) throw new RangeError('message.text must not be blank (status-go drops it)');
  return { text: m.text, contentType, content, responseTo: m.replyTo ?? '', ensName: m.ensName ?? '' };
}

/** The typed content of a received ChatMessage. */
export function contentOf(cm: ChatMessage): MessageContent {
  const c = cm.content;
  if (c?.kind === 'sticker') return { type: 'sticker', hash: c.sticker.hash, pack: c.sticker.pack };
  if (c?.kind === 'image') return { type: 'image', imageType: c.image.type, payload: c.image.payload };
  if (c?.kind === 'audio')
    return {
      type: 'audio',
      audioType: c.audio.type,
      payload: c.audio.payload,
      durationMs: c.audio.durationMs,
    };
  return cm.contentType === CONTENT_TYPE.EMOJI ? { type: 'emoji' } : { type: 'text' };
}
