/** payloadType 244 is TRTC's own timestamp SEI ("244 是内部自定义的时间戳 sei"). */
const RESERVED_PAYLOAD_TYPE = 244;
const UUID = /^[0-9a-fA-F]{32}$/;

/**
 * Why TRTCStreamEncoderParam.videoSeiParams is refused, or undefined ('' sends no SEI). Its rules, from
 * trtc_define.js: a JSON object with a non-empty payloadContent, a payloadType of 5 or 100-254 but not 244, a
 * 32-hex-digit payloadUuid when the type is 5, and optional interval (ms) and followIdr. The doc's own example
 * spells the content "payLoadContent", so both spellings are taken.
 */
export function seiParamsProblem(sei: string): string | undefined {
  if (sei === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(sei);
  } catch {
    return 'videoSeiParams must be a JSON string';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'videoSeiParams must be a JSON object';
  const p = parsed as Record<string, unknown>;
  const content = p['payloadContent'] ?? p['payLoadContent'];
  if (typeof content !== 'string' || content === '') return 'videoSeiParams needs a non-empty payloadContent';
  const type = p['payloadType'];
  const typeOk = type === 5 || (Number.isInteger(type) && (type as number) >= 100 && (type as number) <= 254 && type !== RESERVED_PAYLOAD_TYPE);
  if (!typeOk) return `videoSeiParams.payloadType must be 5 or 100-254 except 244, got ${String(type)}`;
  if (type === 5 && (typeof p['payloadUuid'] !== 'string' || !UUID.test(p['payloadUuid']))) return 'videoSeiParams.payloadUuid must be 32 hexadecimal digits when payloadType is 5';
  const interval = p['interval'];
  if (interval !== undefined && !(Number.isInteger(interval) && (interval as number) > 0)) return 'videoSeiParams.interval must be a whole number of milliseconds above 0';
  if (p['followIdr'] !== undefined && typeof p['followIdr'] !== 'boolean') return 'videoSeiParams.followIdr must be a boolean';
  return undefined;
}
