<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>briefing</name>
        <message>
            <source>{name} ({code}) has no visit to prepare a briefing for.</source>
            <translation>{name} ({code}) har inget besök att göra ett besöksunderlag för.</translation>
        </message>
        <message>
            <source>Chosen by the coordinator for this visit.</source>
            <translation>Valda av samordnaren för det här besöket.</translation>
        </message>
        <message>
            <source>Chosen automatically (none chosen for the visit): the {count} good examples from other municipalities that share the most of the visit's questions and focus groups, the newest first among equals.</source>
            <translation>Valda automatiskt (inga valda för besöket): de {count} goda exempel från andra kommuner som delar flest av besökets frågeställningar och fokusgrupper, de nyaste först vid lika.</translation>
        </message>
        <message>
            <source>({year})</source>
            <translation>({year})</translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>inte importerad</translation>
        </message>
        <message>
            <source>Municipality code</source>
            <translation>Kommunkod</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Län</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Folkmängd</translation>
        </message>
        <message>
            <source>SKR municipality group</source>
            <translation>SKR:s kommungrupp</translation>
        </message>
        <message>
            <source>In the programme</source>
            <translation>I programmet</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Värd</translation>
        </message>
    </context>
</TS>
