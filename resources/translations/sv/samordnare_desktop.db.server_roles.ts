<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>server</name>
        <message>
            <source>Not a usable login name: {login}. Use small letters a-z, digits, '.', '_' or '-', beginning with a letter (e.g. anna.berg).</source>
            <translation>Inget användbart inloggningsnamn: {login}. Använd små bokstäver a–z, siffror, '.', '_' eller '-' och börja med en bokstav (t.ex. anna.berg).</translation>
        </message>
        <message>
            <source>The password must have at least 12 characters.</source>
            <translation>Lösenordet måste ha minst 12 tecken.</translation>
        </message>
        <message>
            <source>{login} administers the team server; its role is not changed here.</source>
            <translation>{login} administrerar teamservern; dess roll ändras inte här.</translation>
        </message>
        <message>
            <source>The team server refuses this: your role may not see or change it (the reading role sees no participants, persons or contacts). Ask the coordinator if you need more.</source>
            <translation>Teamservern nekar: din roll får inte se eller ändra detta (läsrollen ser inga deltagare, personer eller kontakter). Fråga samordnaren om du behöver mer.</translation>
        </message>
    </context>
</TS>
