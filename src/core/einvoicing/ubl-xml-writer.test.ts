import { describe, expect, it } from 'vitest';
import { cleanText, element, escapeXml, textElement } from './xml-writer.js';

describe('xml writer', () => {
  it('escapes the markup characters of text and attributes', () => {
    expect(escapeXml('a & b < c > d "e" \'f\'')).toBe('a &amp; b &lt; c &gt; d "e" \'f\'');
    expect(escapeXml('a & "b" <c>', true)).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
    expect(escapeXml(']]> <![CDATA[')).toBe(']]&gt; &lt;![CDATA[');
    expect(textElement('cbc:Name', 'A&B "x"', { id: '"1" & <2>' })).toBe(
      '<cbc:Name id="&quot;1&quot; &amp; &lt;2&gt;">A&amp;B "x"</cbc:Name>',
    );
  });

  it('drops characters XML cannot carry and keeps every other character', () => {
    expect(cleanText('a\u0000b\u0007c\u000bd\u001fe\u007ff\u0085g\ufffeh\uffffi\ufeffj')).toBe(
      'abcdefghij',
    );
    expect(cleanText('lone \ud800 high, lone \udc00 low')).toBe('lone  high, lone  low');
    expect(cleanText('😀 é ß 中 שלום مرحبا')).toBe('😀 é ß 中 שלום مرحبا');
    expect(cleanText('tab\there\r\nwindows\rmac\nunix')).toBe('tab\there\nwindows\nmac\nunix');
    expect(cleanText('  padded  ')).toBe('padded');
    expect(cleanText(null)).toBe('');
  });

  it('writes nothing for empty content (PEPPOL-EN16931-R008)', () => {
    expect(textElement('cbc:Note', '   ')).toBe('');
    expect(textElement('cbc:Note', '\u0001')).toBe('');
    expect(textElement('cbc:Note', null)).toBe('');
    expect(element('cac:Contact', ['', textElement('cbc:Telephone', '')])).toBe('');
    expect(element('cac:Contact', [textElement('cbc:Telephone', '0')])).toBe(
      '<cac:Contact><cbc:Telephone>0</cbc:Telephone></cac:Contact>',
    );
  });

  it('omits blank attributes and flattens line breaks in attributes', () => {
    expect(textElement('cbc:ID', 'x', { schemeID: null, a: '', b: 'one\ntwo' })).toBe(
      '<cbc:ID b="one two">x</cbc:ID>',
    );
  });
});
