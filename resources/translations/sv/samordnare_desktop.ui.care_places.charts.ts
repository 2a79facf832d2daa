<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>DistributionChart</name>
        <message>
            <source>{form}: {name} {value}, median {median} ({n} municipalities)</source>
            <translation>{form}: {name} {value}, median {median} ({n} kommuner)</translation>
        </message>
        <message>
            <source>No figures yet.</source>
            <translation>Inga siffror ännu.</translation>
        </message>
        <message>
            <source>a municipality in the programme</source>
            <translation>en kommun i programmet</translation>
        </message>
        <message>
            <source>middle half</source>
            <translation>mittersta hälften</translation>
        </message>
        <message>
            <source>median</source>
            <translation>median</translation>
        </message>
        <message>
            <source>Each form from 0 to its largest count (small grey number).</source>
            <translation>Varje placeringsform från 0 till sitt största antal (den lilla grå siffran).</translation>
        </message>
    </context>
</TS>
