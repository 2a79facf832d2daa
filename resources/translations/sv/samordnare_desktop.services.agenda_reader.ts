<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>agendas</name>
        <message>
            <source>Overlaps another item.</source>
            <translation>Överlappar en annan punkt.</translation>
        </message>
        <message>
            <source>Outside the visit's hours.</source>
            <translation>Utanför besökets tider.</translation>
        </message>
        <message>
            <source>Unplanned time before this item.</source>
            <translation>Oplanerad tid före denna punkt.</translation>
        </message>
        <message>
            <source>{municipality} municipality</source>
            <translation>{municipality} kommun</translation>
        </message>
    </context>
    <context>
        <name>visits</name>
        <message>
            <source>The visit no longer exists.</source>
            <translation>Besöket finns inte längre.</translation>
        </message>
        <message>
            <source>{count} organisations</source>
            <translation>{count} organisationer</translation>
        </message>
        <message>
            <source>No visit to municipality {code} on {day}.</source>
            <translation>Inget besök i kommun {code} den {day}.</translation>
        </message>
        <message>
            <source>{count} visits to municipality {code} on {day}; cannot tell which one.</source>
            <translation>{count} besök i kommun {code} den {day}; det går inte att avgöra vilket som avses.</translation>
        </message>
        <message>
            <source>Not a meeting id: {text}.</source>
            <translation>Inte ett mötes-id: {text}.</translation>
        </message>
        <message>
            <source>No meeting has the id {text}.</source>
            <translation>Inget möte har id {text}.</translation>
        </message>
        <message>
            <source>Several meetings have ids starting {text}.</source>
            <translation>Flera möten har id som börjar med {text}.</translation>
        </message>
    </context>
</TS>
