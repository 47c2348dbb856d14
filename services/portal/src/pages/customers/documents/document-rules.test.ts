import { describe, expect, it } from 'vitest';
import { checkDocument, DOCUMENT_ACCEPT, documentKind, fileExtension } from './document-rules';

describe('document pre-check', () => {
  it('accepts the allowed types up to the size limit', () => {
    expect(checkDocument({ name: '合同.PDF', size: 1000 })).toBeNull();
    expect(checkDocument({ name: 'photo.jpeg', size: 10 * 1024 * 1024 })).toBeNull();
    expect(checkDocument({ name: 'photo.jpeg', size: 10 * 1024 * 1024 + 1 })).toBe('tooLarge');
    expect(checkDocument({ name: 'a.csv', size: 0 })).toBe('empty');
    expect(checkDocument({ name: 'setup.exe', size: 10 })).toBe('type');
    expect(checkDocument({ name: 'report.pdf.exe', size: 10 })).toBe('type');
    expect(checkDocument({ name: 'noextension', size: 10 })).toBe('type');
    expect(checkDocument({ name: '.pdf', size: 10 })).toBe('type');
    expect(checkDocument({ name: 'old.doc', size: 10 })).toBe('type');
  });

  it('reads the extension of the last path part', () => {
    expect(fileExtension('C:\\fakepath\\报价.XLSX')).toBe('xlsx');
    expect(fileExtension('dir/a.tar.gz')).toBe('gz');
    expect(DOCUMENT_ACCEPT).toContain('.pdf');
    expect(DOCUMENT_ACCEPT).not.toContain('.exe');
  });

  it('tells the kind from the content type', () => {
    expect(documentKind('image/png')).toBe('image');
    expect(documentKind('application/pdf')).toBe('pdf');
    expect(documentKind('text/csv')).toBe('sheet');
    expect(documentKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      'word',
    );
    expect(documentKind('text/plain; charset=utf-8')).toBe('text');
    expect(documentKind('application/octet-stream')).toBe('file');
  });
});
