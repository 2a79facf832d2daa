<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>municipalities</name>
        <message>
            <source>The municipality no longer exists.</source>
            <translation>Kommunen finns inte längre.</translation>
        </message>
    </context>
    <context>
        <name>time_study</name>
        <message>
            <source>The measurement must end on or after its start.</source>
            <translation>Mätningen måste sluta samma dag som den börjar eller senare.</translation>
        </message>
        <message>
            <source>Respondent {number}: </source>
            <translation>Svarande {number}: </translation>
        </message>
        <message>
            <source>unknown role.</source>
            <translation>okänd roll.</translation>
        </message>
        <message>
            <source>days measured must be more than 0 and at most 366.</source>
            <translation>antalet mätdagar måste vara större än 0 och högst 366.</translation>
        </message>
        <message>
            <source>unknown category.</source>
            <translation>okänd kategori.</translation>
        </message>
        <message>
            <source>minutes must be whole numbers, 0 or more.</source>
            <translation>minuter måste vara heltal, 0 eller fler.</translation>
        </message>
        <message>
            <source>more minutes than the days measured hold (24 hours a day).</source>
            <translation>fler minuter än mätdagarna rymmer (24 timmar per dag).</translation>
        </message>
        <message>
            <source>The category no longer exists.</source>
            <translation>Kategorin finns inte längre.</translation>
        </message>
        <message>
            <source>A category with this name already exists.</source>
            <translation>Det finns redan en kategori med det namnet.</translation>
        </message>
        <message>
            <source>The time study no longer exists.</source>
            <translation>Tidsmätningen finns inte längre.</translation>
        </message>
        <message>
            <source>The programme, all municipalities</source>
            <translation>Programmet, alla kommuner</translation>
        </message>
    </context>
</TS>
