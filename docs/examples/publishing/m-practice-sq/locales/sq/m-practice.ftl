m-practice = Zbatimi në praktikë
    .summary = Një rast nga një qendër pritjeje, i shqyrtuar hap pas hapi me standardet e kursit.
l-case-study = Rast studimor: një rrëfim në qendrën e pritjes
