<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>server</name>
        <message>
            <source>Give the team server's host name.</source>
            <translation>Ange teamserverns värdnamn.</translation>
        </message>
        <message>
            <source>The port is a number 1–65535.</source>
            <translation>Porten är ett tal 1–65535.</translation>
        </message>
        <message>
            <source>Give the database's name.</source>
            <translation>Ange databasens namn.</translation>
        </message>
        <message>
            <source>Give your user name on the server.</source>
            <translation>Ange ditt användarnamn på servern.</translation>
        </message>
        <message>
            <source>Unknown TLS setting.</source>
            <translation>Okänd TLS-inställning.</translation>
        </message>
        <message>
            <source>The password is kept in the operating system's keyring.</source>
            <translation>Lösenordet sparas i operativsystemets nyckelring.</translation>
        </message>
        <message>
            <source>The password is kept sealed with the local database's key (no keyring).</source>
            <translation>Lösenordet sparas förseglat med den lokala databasens nyckel (ingen nyckelring).</translation>
        </message>
        <message>
            <source>The password will be kept in the operating system's keyring.</source>
            <translation>Lösenordet kommer att sparas i operativsystemets nyckelring.</translation>
        </message>
        <message>
            <source>No keyring on this computer: the password will be sealed with the local database's key.</source>
            <translation>Ingen nyckelring på den här datorn: lösenordet förseglas med den lokala databasens nyckel.</translation>
        </message>
        <message>
            <source>On this computer (loopback): TLS is not required.</source>
            <translation>På den här datorn (loopback): TLS krävs inte.</translation>
        </message>
        <message>
            <source>The password is checked with SCRAM.</source>
            <translation>Lösenordet kontrolleras med SCRAM.</translation>
        </message>
        <message>
            <source>TLS, and the server proves with its certificate that it is {host} (verify-full).</source>
            <translation>TLS, och servern bevisar med sitt certifikat att den är {host} (verify-full).</translation>
        </message>
        <message>
            <source>TLS without checking the server's certificate ({mode}).</source>
            <translation>TLS utan kontroll av serverns certifikat ({mode}).</translation>
        </message>
        <message>
            <source>TLS without checking the server's certificate ({mode}); the SCRAM login is bound to the encrypted channel.</source>
            <translation>TLS utan kontroll av serverns certifikat ({mode}); SCRAM-inloggningen binds till den krypterade kanalen.</translation>
        </message>
        <message>
            <source>owner (sets the database up)</source>
            <translation>ägare (sätter upp databasen)</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>redigerare</translation>
        </message>
        <message>
            <source>reader (no personal data)</source>
            <translation>läsare (inga personuppgifter)</translation>
        </message>
        <message>
            <source>no Samordnare role</source>
            <translation>ingen Samordnare-roll</translation>
        </message>
        <message>
            <source>The database is empty: it gets the app's tables at the first sync.</source>
            <translation>Databasen är tom: den får appens tabeller vid första synkroniseringen.</translation>
        </message>
        <message>
            <source>The database is ready for this version of the app.</source>
            <translation>Databasen är klar för den här versionen av appen.</translation>
        </message>
        <message>
            <source>The database has an older schema: it is upgraded at the first sync.</source>
            <translation>Databasen har ett äldre schema: det uppgraderas vid första synkroniseringen.</translation>
        </message>
        <message>
            <source>Connected: PostgreSQL {version} as {user}, role {role}, {tls}.</source>
            <translation>Ansluten: PostgreSQL {version} som {user}, roll {role}, {tls}.</translation>
        </message>
        <message>
            <source>encrypted (TLS)</source>
            <translation>krypterad (TLS)</translation>
        </message>
        <message>
            <source>not encrypted (this computer)</source>
            <translation>okrypterad (den här datorn)</translation>
        </message>
        <message>
            <source>The server database was written by a newer version of Samordnare Desktop: update the app. Nothing was changed.</source>
            <translation>Serverdatabasen är skriven av en nyare version av Samordnare Desktop: uppdatera appen. Inget ändrades.</translation>
        </message>
        <message>
            <source>The server database belongs to another programme (it has tables but is no Samordnare database): nothing was changed. Ask for an empty database of your own.</source>
            <translation>Serverdatabasen tillhör ett annat program (den har tabeller men är ingen Samordnare-databas): inget ändrades. Be om en egen, tom databas.</translation>
        </message>
        <message>
            <source>No team server is set: give --server postgresql://USER@HOST/DATABASE, or set it in Arkiv &gt; Team server.</source>
            <translation>Ingen teamserver är inställd: ange --server postgresql://ANVÄNDARE@VÄRD/DATABAS, eller ställ in den under Arkiv &gt; Teamserver.</translation>
        </message>
    </context>
</TS>
