import {
  ENGINE_CALL_METHODS,
  isSandboxCallMethod,
  type ContractMethod,
  type EngineCallError,
  type RtcEngine,
  type SandboxAdmin,
} from './contract';

/** What a call came to: the engine's return value, or why it failed. */
export type CallOutcome = { ok: true; value?: unknown } | { ok: false; error: EngineCallError };

/** What carrying out a call may touch on the engine side. */
export interface CallTarget {
  engine: RtcEngine;
  /** Server-side operations, present only when the engine is the sandbox. */
  sandbox: SandboxAdmin | null;
  /** The view the camera test draws into: the engine side's own, since the broker's call carries none. */
  cameraTestView?: unknown;
  /** Signs an enterRoom that came without a userSig: the sandbox's, or a development key's; null when nothing here can. */
  signer: ((userId: string, sdkAppId: number) => string) | null;
}

const ok = (value?: unknown): CallOutcome => (value === undefined ? { ok: true } : { ok: true, value });
const fail = (code: EngineCallError['code'], message: string): CallOutcome => ({ ok: false, error: { code, message } });

/** A sandbox admin call's "nothing there" answer, said as a not-found error. */
const found = (done: boolean, otherwise: string): CallOutcome => (done ? ok() : fail('not-found', otherwise));

/** Only plain values travel back: the SDK returns codes, strings and void from the calls the contract allows. */
function answerValue(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
}

/**
 * Carries out one allow-listed call on the engine side. An enterRoom without a userSig is signed here when
 * this side can (the sandbox, or a development key: the secret never leaves the engine side); otherwise it
 * is refused. Never throws:
 * an engine that throws is answered `threw` with its message. `sandbox.crashEngine` is not handled here.
 */
export function dispatchCall(target: CallTarget, method: ContractMethod, args: unknown[]): CallOutcome {
  try {
    if (isSandboxCallMethod(method)) {
      if (!target.sandbox) return fail('sandbox-only', `${method} works only on the sandbox cloud`);
      return sandboxCall(target.sandbox, method, args);
    }
    if (!(ENGINE_CALL_METHODS as readonly string[]).includes(method)) return fail('unknown-method', `${String(method)} is not an engine call`);
    if (method === 'enterRoom') return enterRoom(target, args);
    if (method === 'startSpeedTest') return startSpeedTest(target, args);
    // The broker cannot send a view: the engine side substitutes its own (see EngineHost.cameraTestView).
    if (method === 'startCameraDeviceTest') return ok(answerValue(target.engine.startCameraDeviceTest(target.cameraTestView as HTMLElement)));
    const call = target.engine[method] as (...a: unknown[]) => unknown;
    return ok(answerValue(call.apply(target.engine, args)));
  } catch (e) {
    return fail('threw', e instanceof Error ? e.message : String(e));
  }
}

function enterRoom({ engine, signer }: CallTarget, args: unknown[]): CallOutcome {
  const [params, scene] = args as [{ userId?: unknown; sdkAppId?: unknown; userSig?: unknown } | null, number];
  if (params && typeof params === 'object' && !params.userSig) {
    if (!signer) return fail('user-sig-required', 'enterRoom needs a userSig on Tencent\'s cloud: paste one or set a token URL');
    const userSig = signer(String(params.userId), Number(params.sdkAppId));
    engine.enterRoom({ ...params, userSig }, scene);
    return ok();
  }
  engine.enterRoom(params, scene);
  return ok();
}

/** A speed test without a userSig is signed here, as an enterRoom is (the SDK needs one for its test servers). */
function startSpeedTest({ engine, signer }: CallTarget, args: unknown[]): CallOutcome {
  const [params] = args as [{ userId?: unknown; sdkAppId?: unknown; userSig?: unknown } | null];
  if (params && typeof params === 'object' && !params.userSig) {
    if (!signer) return fail('user-sig-required', "startSpeedTest needs a userSig on Tencent's cloud: paste one or set a token URL");
    return ok(answerValue(engine.startSpeedTest({ ...params, userSig: signer(String(params.userId), Number(params.sdkAppId)) } as never)));
  }
  return ok(answerValue(engine.startSpeedTest(params as never)));
}

function sandboxCall(admin: SandboxAdmin, method: ContractMethod, args: unknown[]): CallOutcome {
  switch (method) {
    case 'sandbox.removeUser': {
      const [roomId, userId] = args as [number | string, string];
      return found(admin.removeUser(roomId, userId), `no user "${userId}" in room ${roomId}`);
    }
    case 'sandbox.dismissRoom': {
      const [roomId] = args as [number | string];
      return found(admin.dismissRoom(roomId), `no room ${roomId}`);
    }
    case 'sandbox.dropConnection': {
      const [userId, ms] = args as [string, number];
      return found(admin.dropConnection(userId, ms), `user "${userId}" is not online`);
    }
    case 'sandbox.shareScreen': {
      const [userId, sourceId] = args as [string, string | null];
      return found(admin.shareScreen(userId, sourceId), `user "${userId}" is not online`);
    }
    case 'sandbox.timeoutNextEnter':
      admin.timeoutNextEnter();
      return ok();
    case 'sandbox.timeoutNextConnectOtherRoom':
      admin.timeoutNextConnectOtherRoom();
      return ok();
    case 'sandbox.cdnUnreachable':
    case 'sandbox.cdnRecover': {
      const [host] = args as [string | undefined];
      if (host !== undefined && typeof host !== 'string') return fail('malformed', `${method}: host must be a string, or left out for every CDN`);
      if (method === 'sandbox.cdnUnreachable') admin.cdnUnreachable(host);
      else admin.cdnRecover(host);
      return ok();
    }
    case 'sandbox.weakNetwork': {
      const [weak] = args as [unknown];
      if (typeof weak !== 'boolean') return fail('malformed', 'sandbox.weakNetwork: weak must be true or false');
      admin.weakNetwork(weak);
      return ok();
    }
    case 'sandbox.unplugDevice':
    case 'sandbox.plugDevice': {
      const [deviceId] = args as [unknown];
      if (typeof deviceId !== 'string') return fail('malformed', `${method}: deviceId must be a string`);
      const known = method === 'sandbox.unplugDevice' ? admin.unplugDevice(deviceId) : admin.plugDevice(deviceId);
      return found(known, `no device "${deviceId}" on the sandbox machine`);
    }
    default:
      return fail('unknown-method', `${method} is not handled by the call dispatch`);
  }
}
