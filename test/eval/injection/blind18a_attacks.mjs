// blind18a held-out set: injection attack payloads (re-exports parts A and B).
export { instruction_override, role_token, hidden_text, exfiltration } from './blind18a_attacks_a.mjs';
export { tool_coaxing, encoded_payload, jailbreak, split_payload } from './blind18a_attacks_b.mjs';
