<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>TimeStudyView</name>
        <message>
            <source>Show figures</source>
            <translation>Visa siffror</translation>
        </message>
        <message>
            <source>Show chart</source>
            <translation>Visa diagram</translation>
        </message>
        <message>
            <source>No time study yet.</source>
            <translation>Ingen tidsmätning ännu.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Measurement {n}</source>
            <translation>Mätning {n}</translation>
        </message>
        <message>
            <source>{name}: share</source>
            <translation>{name}: andel</translation>
        </message>
        <message>
            <source>{name}: min/day</source>
            <translation>{name}: min/dag</translation>
        </message>
        <message>
            <source>Programme median</source>
            <translation>Programmets median</translation>
        </message>
        <message>
            <source>Programme median: share</source>
            <translation>Programmets median: andel</translation>
        </message>
        <message>
            <source>{label}: {n} respondents, {days} days measured, {per_day} min/day</source>
            <translation>{label}: {n} svarande, {days} mätdagar, {per_day} min/dag</translation>
        </message>
    </context>
</TS>
