export * from '../../scripts/slack-stand-in/slack-requests.js';
