"""Loads a Kampus export with translate-toolkit and writes it back (see roundtrip.sh).

PO translations are set again through the toolkit, so it re-wraps them. Also checks that the toolkit sees what Kampus wrote: as many units as `<unit>`s or PO entries,
each with its id, and the outdated ones as needing work (XLIFF `translated`, PO `fuzzy`).
"""

import sys

from translate.storage import po, xliff2


def main(fmt: str, source: str, target: str) -> None:
    with open(source, "rb") as f:
        data = f.read()
    if fmt == "xliff":
        store = xliff2.Xliff2File.parsestring(data)
        expected = data.count(b"<unit ")
        outdated = data.count(b'subState="kampus:outdated"')
        units = [u for u in store.units if not u.isheader()]
        seen_outdated = sum(1 for u in units if u.istranslated() and not u.isapproved() and not u.isfuzzy())
    else:
        store = po.pofile.parsestring(data)
        expected = data.count(b"\nmsgctxt ")
        outdated = data.count(b"\n#, fuzzy")
        units = [u for u in store.units if not u.isheader()]
        seen_outdated = sum(1 for u in units if u.isfuzzy())
    if len(units) != expected:
        sys.exit(f"{source}: the toolkit read {len(units)} units, the file has {expected}")
    if any(not u.getid() for u in units):
        sys.exit(f"{source}: a unit without an id")
    if seen_outdated < outdated:
        sys.exit(f"{source}: {outdated} outdated units, the toolkit sees {seen_outdated}")
    if fmt == "po":
        # Set every translation again, as an editor does: the toolkit then writes the strings
        # its own way (wrapped at 77 columns), which Kampus must read back the same.
        for unit in units:
            if unit.target:
                unit.target = str(unit.target)
    with open(target, "wb") as f:
        f.write(bytes(store))


if __name__ == "__main__":
    main(*sys.argv[1:4])
