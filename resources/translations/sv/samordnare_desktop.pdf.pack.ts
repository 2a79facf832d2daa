<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VisitPack</name>
        <message>
            <source>Printed {date}</source>
            <translation>Utskriven {date}</translation>
        </message>
        <message>
            <source>Visit pack</source>
            <translation>Besökspaket</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Host and contacts</source>
            <translation>Värd och kontaktpersoner</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Innehåll</translation>
        </message>
        <message>
            <source>Each part starts on a right-hand page: print on both sides without mixing parts. Blank pages are left on purpose.</source>
            <translation>Varje del börjar på en högersida: skriv ut dubbelsidigt utan att delarna blandas. Tomma sidor är avsiktliga.</translation>
        </message>
        <message>
            <source>Questions for the visit</source>
            <translation>Frågeställningar för besöket</translation>
        </message>
        <message>
            <source>No questions are chosen for this visit.</source>
            <translation>Inga frågeställningar är valda för besöket.</translation>
        </message>
        <message>
            <source>Question {n}</source>
            <translation>Fråga {n}</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Försättsblad</translation>
        </message>
    </context>
</TS>
