<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>TimeStudyDialog</name>
        <message>
            <source>Edit time study</source>
            <translation>Redigera tidsmätning</translation>
        </message>
        <message>
            <source>New time study</source>
            <translation>Ny tidsmätning</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Benämning</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>Svarande</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dagar</translation>
        </message>
        <message>
            <source>Add respondent</source>
            <translation>Lägg till svarande</translation>
        </message>
        <message>
            <source>Remove respondent</source>
            <translation>Ta bort svarande</translation>
        </message>
        <message>
            <source>Minutes over the whole period</source>
            <translation>Minuter under hela mätperioden</translation>
        </message>
        <message>
            <source>Row {row}</source>
            <translation>Rad {row}</translation>
        </message>
        <message>
            <source>{where}: days must be a number.</source>
            <translation>{where}: dagar måste vara ett tal.</translation>
        </message>
        <message>
            <source>{where}, {category}: minutes must be a whole number.</source>
            <translation>{where}, {category}: minuter måste vara ett heltal.</translation>
        </message>
        <message>
            <source>Check the numbers.</source>
            <translation>Kontrollera siffrorna.</translation>
        </message>
        <message>
            <source>{n} respondents, {minutes} minutes, {per_day} minutes per day measured</source>
            <translation>{n} svarande, {minutes} minuter, {per_day} minuter per mätdag</translation>
        </message>
    </context>
</TS>
