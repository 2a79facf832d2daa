<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>FocusGroupKey</name>
        <message>
            <source>Young people who have left organised crime</source>
            <translation>Unga som lämnat organiserad brottslighet</translation>
        </message>
        <message>
            <source>Unaccompanied children</source>
            <translation>Ensamkommande barn</translation>
        </message>
        <message>
            <source>Younger children placed in family homes</source>
            <translation>Yngre familjehemsplacerade barn</translation>
        </message>
    </context>
    <context>
        <name>Measure</name>
        <message>
            <source>Placed</source>
            <translation>Placerade</translation>
        </message>
        <message>
            <source>Own places</source>
            <translation>Egen regi</translation>
        </message>
        <message>
            <source>Bought places</source>
            <translation>Köpta platser</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Väntar</translation>
        </message>
        <message>
            <source>Form does not match need</source>
            <translation>Form matchar inte behovet</translation>
        </message>
        <message>
            <source>Far from home</source>
            <translation>Långt från hemmet</translation>
        </message>
    </context>
    <context>
        <name>PlacementForm</name>
        <message>
            <source>Emergency home</source>
            <translation>Jourhem</translation>
        </message>
        <message>
            <source>Family home</source>
            <translation>Familjehem</translation>
        </message>
        <message>
            <source>of which kinship or network home</source>
            <translation>varav släktinghem/nätverkshem</translation>
        </message>
        <message>
            <source>of which reinforced family home</source>
            <translation>varav förstärkt familjehem</translation>
        </message>
        <message>
            <source>HVB (home for care or living)</source>
            <translation>HVB (hem för vård eller boende)</translation>
        </message>
        <message>
            <source>Supported housing</source>
            <translation>Stödboende</translation>
        </message>
        <message>
            <source>SiS special youth home</source>
            <translation>SiS särskilt ungdomshem</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annan placeringsform</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Jourhem</translation>
        </message>
        <message>
            <source>Family h.</source>
            <translation>Familjeh.</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Nätverksh.</translation>
        </message>
        <message>
            <source>Reinforced</source>
            <translation>Förstärkt</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Stödboende</translation>
        </message>
    </context>
    <context>
        <name>Total</name>
        <message>
            <source>Breakdowns</source>
            <translation>Sammanbrott</translation>
        </message>
        <message>
            <source>Emergency placements</source>
            <translation>Akuta placeringar</translation>
        </message>
        <message>
            <source>Cost (thousand SEK)</source>
            <translation>Kostnad (tkr)</translation>
        </message>
    </context>
    <context>
        <name>care_places</name>
        <message>
            <source>“{value}” is not a period: give a year (2025) or a date (2025-06-30).</source>
            <translation>”{value}” är inte en period: ange ett år (2025) eller ett datum (2025-06-30).</translation>
        </message>
        <message>
            <source>{label}: {value} is negative; a count is 0 or more.</source>
            <translation>{label}: {value} är negativt; ett antal är 0 eller mer.</translation>
        </message>
        <message>
            <source>{label}: {value} is more than {limit}.</source>
            <translation>{label}: {value} är mer än {limit}.</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not a whole number.</source>
            <translation>{label}: ”{value}” är inte ett heltal.</translation>
        </message>
        <message>
            <source>{form}: own ({own}) + bought ({bought}) is {sum}, not all placed ({placed}).</source>
            <translation>{form}: egen regi ({own}) + köpta ({bought}) är {sum}, inte alla placerade ({placed}).</translation>
        </message>
        <message>
            <source>{form}: {measure} ({part}) is more than placed ({placed}).</source>
            <translation>{form}: {measure} ({part}) är fler än placerade ({placed}).</translation>
        </message>
        <message>
            <source>Kinship/network homes and reinforced family homes ({kinds}) are more than the family homes ({family}) they are part of.</source>
            <translation>Släktinghem/nätverkshem och förstärkta familjehem ({kinds}) är fler än familjehemmen ({family}) som de ingår i.</translation>
        </message>
        <message>
            <source>Counts only: no child is identified. As in official statistics, 1–4 is printed as &lt;5. .. hides a figure from which a &lt;5 could be worked out with the figures beside it: in a table of counts it stands for 5 or more; a sum (of several municipalities or forms) printed .. may be any number from 1, also 1–4. 0 is never hidden.</source>
            <translation>Bara antal: inget barn kan identifieras. Som i den officiella statistiken skrivs 1–4 som &lt;5. .. döljer en siffra som ett &lt;5 annars kunde räknas fram ur tillsammans med siffrorna bredvid: i en tabell med antal står det för 5 eller fler; en summa (av flera kommuner eller former) som skrivs .. kan vara vilket tal som helst från 1, även 1–4. 0 döljs aldrig.</translation>
        </message>
    </context>
</TS>
