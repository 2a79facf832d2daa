<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>reports</name>
        <message>
            <source>A quarter is 1, 2, 3 or 4.</source>
            <translation>Ett kvartal är 1, 2, 3 eller 4.</translation>
        </message>
        <message>
            <source>Quarter {quarter} {year}</source>
            <translation>Kvartal {quarter} {year}</translation>
        </message>
        <message>
            <source>The period must end on or after its first day.</source>
            <translation>Perioden måste sluta samma dag som den börjar eller senare.</translation>
        </message>
        <message>
            <source>Ministry of Health and Social Affairs</source>
            <translation>Socialdepartementet</translation>
        </message>
        <message>
            <source>Quarterly report</source>
            <translation>Kvartalsrapport</translation>
        </message>
    </context>
</TS>
