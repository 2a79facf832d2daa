<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>CarePlacesBox</name>
        <message>
            <source>Care places</source>
            <translation>Vårdplatser</translation>
        </message>
        <message>
            <source>Care places {period}: placed and needs not met, {n} municipalities</source>
            <translation>Vårdplatser {period}: placerade och ej mötta behov, {n} kommuner</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Placerade</translation>
        </message>
        <message>
            <source>Needs not met</source>
            <translation>Ej mötta behov</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeTimeStudyBox</name>
        <message>
            <source>Time study: the programme or a municipality beside the median</source>
            <translation>Tidsmätning: programmet eller en kommun bredvid medianen</translation>
        </message>
        <message>
            <source>The programme, all municipalities</source>
            <translation>Programmet, alla kommuner</translation>
        </message>
        <message>
            <source>No time study yet</source>
            <translation>Ingen tidsmätning ännu</translation>
        </message>
    </context>
</TS>
