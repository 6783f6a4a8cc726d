import { fail, type MethodHandler } from './method-kit.js';
import { chatMethods } from './methods-chat.js';
import { conversationMethods } from './methods-conversations.js';
import { fileMethods } from './methods-files.js';
import { identityMethods } from './methods-identity.js';
import { viewMethods } from './methods-views.js';

const METHODS: Record<string, MethodHandler> = {
  ...identityMethods,
  ...chatMethods,
  ...conversationMethods,
  ...viewMethods,
  ...fileMethods,
};

const unknownMethod: MethodHandler = () => fail('unknown_method');

export function methodHandler(method: string): MethodHandler {
  return Object.hasOwn(METHODS, method) ? (METHODS[method] ?? unknownMethod) : unknownMethod;
}
