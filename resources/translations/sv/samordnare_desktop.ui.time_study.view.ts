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
            <source>Share n and Min/day n: measurement n (share of all minutes, minutes per day measured). Median: the programme's median share in the first measurements.</source>
            <translation>Andel n och Min/dag n: mätning n (andel av alla minuter, minuter per mätdag). Median: programmets median av andelen i de första mätningarna.</translation>
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
            <source>Share {n}</source>
            <translation>Andel {n}</translation>
        </message>
        <message>
            <source>Min/day {n}</source>
            <translation>Min/dag {n}</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Programme median</source>
            <translation>Programmets median</translation>
        </message>
        <message>
            <source>{label}: {n} respondents, {days} days measured, {per_day} min/day</source>
            <translation>{label}: {n} svarande, {days} mätdagar, {per_day} min/dag</translation>
        </message>
    </context>
</TS>
