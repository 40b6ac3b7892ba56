import { initials, logoSvg, productSvg } from './pictures';

describe('generated pictures', () => {
  it('takes initials from the distinctive part of a pesantren name', () => {
    expect(initials('Pondok Pesantren Miftahul Huda Manonjaya')).toBe('MH');
    expect(initials('Ponpes Al-Hikmah')).toBe('H');
  });
  it('escapes names so user text cannot break out of the SVG', () => {
    const svg = productSvg(
      { name: { id: 'Kue <script>alert(1)</script> & "Teh"' }, category: 'makanan' },
      '#e4572e',
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
  it('draws the same logo for the same record', () => {
    const e = { key: 'a', name: 'Pondok Pesantren Darul Ulum', colour: '#123456' };
    expect(logoSvg(e)).toBe(logoSvg(e));
  });
});
