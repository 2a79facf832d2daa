<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ComparisonPage</name>
        <message>
            <source>What to compare</source>
            <translation>Vad som jämförs</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Placeringsform</translation>
        </message>
        <message>
            <source>This one</source>
            <translation>Denna</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Middle half</source>
            <translation>Mittersta hälften</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Kommuner</translation>
        </message>
        <message>
            <source>Figures compared with the programme</source>
            <translation>Uppgifter jämförda med programmet</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Jämför</translation>
        </message>
        <message>
            <source>Choose figures in the list to compare them.</source>
            <translation>Välj uppgifter i listan för att jämföra dem.</translation>
        </message>
        <message>
            <source>{name}, {period}: beside the {n} municipalities of the programme with figures for the period.</source>
            <translation>{name}, {period}: bredvid programmets {n} kommuner med uppgifter för perioden.</translation>
        </message>
    </context>
</TS>
