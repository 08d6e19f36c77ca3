import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-strength';

const ada = { name: 'Ada Lovelace', email: 'ada.lovelace@mission.test', missionName: 'Embassy of Belgium' };

describe('new passwords', () => {
  it('accepts a passphrase of unrelated words, with no composition rule', async () => {
    expect(await passwordWeakness('correct horse battery staple', ada)).toBeNull();
    expect(await passwordWeakness('bonjour tout le monde', ada)).toBeNull();
  });

  it('refuses common passwords, dressed up or not, in English and French, and says why', async () => {
    for (const password of ['Password2024!', 'qwertyuiop123', 'motdepasse123456', 'iloveyou12345']) {
      expect(await passwordWeakness(password, ada)).toMatch(/^This password is too easy to guess\./);
    }
  });

  it("refuses the person's name, e-mail and the mission's name", async () => {
    for (const password of ['Ada Lovelace Ada', 'ada.lovelace@mission.test!', 'embassy of belgium 2026', 'AdaLovelace2026', 'my name is ada lovelace']) {
      expect(await passwordWeakness(password, ada)).toMatch(/contains your name, your e-mail or the mission’s name/);
    }
    // The same words are fine for someone else.
    expect(await passwordWeakness('Ada Lovelace Ada', { name: 'Bob Dupont', email: 'bob@mission.test' })).toBeNull();
  });
});
