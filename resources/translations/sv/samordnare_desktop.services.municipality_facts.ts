<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>municipality_facts</name>
        <message>
            <source>Update</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Oförändrad</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Hoppa över</translation>
        </message>
        <message>
            <source>The file has no column with the municipality (Kommunkod, Kod or Region) beside a column with the population (Folkmängd) or the municipality group (Kommungrupp).</source>
            <translation>Filen saknar en kolumn med kommunen (Kommunkod, Kod eller Region) bredvid en kolumn med folkmängden (Folkmängd) eller kommungruppen (Kommungrupp).</translation>
        </message>
        <message>
            <source>Not one of the 290 municipalities ({value}).</source>
            <translation>Inte en av de 290 kommunerna ({value}).</translation>
        </message>
        <message>
            <source>The same municipality as row {line}.</source>
            <translation>Samma kommun som rad {line}.</translation>
        </message>
        <message>
            <source>No population number.</source>
            <translation>Ingen folkmängd.</translation>
        </message>
        <message>
            <source>The file has population columns for {years}, not for {year}.</source>
            <translation>Filen har folkmängd för {years}, inte för {year}.</translation>
        </message>
        <message>
            <source>The population {value} is not a number.</source>
            <translation>Folkmängden {value} är inte ett tal.</translation>
        </message>
        <message>
            <source>The population {value} is more than Sweden's; check the column.</source>
            <translation>Folkmängden {value} är större än Sveriges; kontrollera kolumnen.</translation>
        </message>
        <message>
            <source>A population of 0 is not a municipality's.</source>
            <translation>En folkmängd på 0 är ingen kommuns.</translation>
        </message>
        <message>
            <source>{value} is not one of SKR's nine municipality groups (A1–A3, B4–B6, C7–C9).</source>
            <translation>{value} är inte en av SKR:s nio kommungrupper (A1–A3, B4–B6, C7–C9).</translation>
        </message>
        <message>
            <source>The year {year} is not a year of the statistics.</source>
            <translation>Året {year} är inte ett år för statistiken.</translation>
        </message>
        <message>
            <source>No municipality group (A1–C9).</source>
            <translation>Ingen kommungrupp (A1–C9).</translation>
        </message>
        <message>
            <source>population {old} → {new}</source>
            <translation>folkmängd {old} → {new}</translation>
        </message>
        <message>
            <source>group {old} → {new}</source>
            <translation>kommungrupp {old} → {new}</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Ej importerat</translation>
        </message>
        <message>
            <source>{low}–{high} inhabitants</source>
            <translation>{low}–{high} invånare</translation>
        </message>
        <message>
            <source>{low} inhabitants or more</source>
            <translation>{low} invånare eller fler</translation>
        </message>
    </context>
</TS>
