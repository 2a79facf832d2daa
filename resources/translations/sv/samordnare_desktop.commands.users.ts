<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>--login makes a login on the team server: give --server URL too.</source>
            <translation>--login skapar en inloggning på teamservern: ange även --server URL.</translation>
        </message>
        <message>
            <source>{name} is {role} in the team; the login gets that role. Leave out --role, or change the role in Arkiv &gt; Användare first. Nothing was changed.</source>
            <translation>{name} är {role} i teamet, och inloggningen får den rollen. Utelämna --role, eller byt roll under Arkiv &gt; Användare först. Inget ändrades.</translation>
        </message>
        <message>
            <source>User added: {name} ({role}).</source>
            <translation>Användare tillagd: {name} ({role}).</translation>
        </message>
        <message>
            <source>Login {login} on the team server, in the role {group}{what}.</source>
            <translation>Inloggning {login} på teamservern, i rollen {group}{what}.</translation>
        </message>
        <message>
            <source> (reads; no personal data)</source>
            <translation> (läser; inga personuppgifter)</translation>
        </message>
        <message>
            <source>'users logins' lists the team server's logins: give --server URL.</source>
            <translation>'users logins' listar teamserverns inloggningar: ange --server URL.</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>avstängd</translation>
        </message>
        <message>
            <source>A login on the team server needs a password: set SAMORDNARE_NEW_USER_PASSWORD or run this at a terminal.</source>
            <translation>En inloggning på teamservern behöver ett lösenord: sätt SAMORDNARE_NEW_USER_PASSWORD eller kör detta i en terminal.</translation>
        </message>
        <message>
            <source>Password for {login}: </source>
            <translation>Lösenord för {login}: </translation>
        </message>
        <message>
            <source>Repeat the password: </source>
            <translation>Upprepa lösenordet: </translation>
        </message>
        <message>
            <source>The passwords differ. Nothing was changed.</source>
            <translation>Lösenorden skiljer sig åt. Inget ändrades.</translation>
        </message>
        <message>
            <source>Your login on the team server may not create logins (it needs CREATEROLE): ask the server's administrator. Nothing was changed.</source>
            <translation>Din inloggning på teamservern får inte skapa inloggningar (den behöver CREATEROLE): fråga serverns administratör. Inget ändrades.</translation>
        </message>
    </context>
</TS>
