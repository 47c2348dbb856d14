import type { Queryable } from '@crm/db';
import type { RefreshTokenRecord, RefreshTokenRepository } from '../domain/ports';

interface TokenRow {
  token_hash: Buffer;
  family_id: string;
  user_id: string;
  issued_at: Date;
  expires_at: Date;
  spent_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 'token_hash, family_id, user_id, issued_at, expires_at, spent_at, revoked_at';

const toRecord = (r: TokenRow): RefreshTokenRecord => ({
  tokenHash: r.token_hash,
  familyId: r.family_id,
  userId: r.user_id,
  issuedAt: r.issued_at,
  expiresAt: r.expires_at,
  spentAt: r.spent_at,
  revokedAt: r.revoked_at,
});

export class PgRefreshTokenRepository implements RefreshTokenRepository {
  constructor(private readonly db: Queryable) {}

  async insert(t: Omit<RefreshTokenRecord, 'spentAt' | 'revokedAt'>): Promise<void> {
    await this.db.query(
      'INSERT INTO refresh_tokens (token_hash, family_id, user_id, issued_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [t.tokenHash, t.familyId, t.userId, t.issuedAt, t.expiresAt],
    );
  }

  async findForUpdate(tokenHash: Buffer): Promise<RefreshTokenRecord | undefined> {
    const { rows } = await this.db.query<TokenRow>(
      `SELECT ${COLUMNS} FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async find(tokenHash: Buffer): Promise<RefreshTokenRecord | undefined> {
    const { rows } = await this.db.query<TokenRow>(
      `SELECT ${COLUMNS} FROM refresh_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async markSpent(tokenHash: Buffer, at: Date): Promise<void> {
    await this.db.query('UPDATE refresh_tokens SET spent_at = $2 WHERE token_hash = $1', [tokenHash, at]);
  }

  async revokeFamily(familyId: string, at: Date): Promise<number> {
    const result = await this.db.query(
      'UPDATE refresh_tokens SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL',
      [familyId, at],
    );
    return result.rowCount ?? 0;
  }

  async revokeUserFamilies(userId: string, at: Date, keepFamilyId?: string): Promise<number> {
    const result = await this.db.query(
      `UPDATE refresh_tokens SET revoked_at = $2
       WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR family_id <> $3::uuid)`,
      [userId, at, keepFamilyId ?? null],
    );
    return result.rowCount ?? 0;
  }
}
