<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>report_pdf</name>
        <message>
            <source>No participants registered for the period's visits.</source>
            <translation>Inga deltagare registrerade för periodens besök.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>On the lists</source>
            <translation>På listorna</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Deltog</translation>
        </message>
        <message>
            <source>Care places for placed children</source>
            <translation>Vårdplatser för samhällsplacerade barn</translation>
        </message>
        <message>
            <source>Figures for {period}, reported by {reporting} of the programme's {programme} municipalities: {placed} children and young people placed, {own} in the municipalities' own places and {bought} in bought places. Needs not met: {needs} (of them {waiting} waiting for a place). Breakdowns: {breakdowns}; emergency placements: {emergency}.</source>
            <translation>Uppgifter för {period}, rapporterade av {reporting} av programmets {programme} kommuner: {placed} barn och unga placerade, {own} på kommunernas platser i egen regi och {bought} på köpta platser. Behov som inte är mötta: {needs} (varav {waiting} väntar på en plats). Sammanbrott: {breakdowns}; akuta placeringar: {emergency}.</translation>
        </message>
        <message>
            <source>Placement form</source>
            <translation>Placeringsform</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Placerade</translation>
        </message>
        <message>
            <source>Own</source>
            <translation>Egen regi</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Köpta</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Väntar</translation>
        </message>
        <message>
            <source>Wrong form</source>
            <translation>Fel form</translation>
        </message>
        <message>
            <source>Far from home</source>
            <translation>Långt från hemmet</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Områden</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Time study</source>
            <translation>Tidsmätning</translation>
        </message>
        <message>
            <source>No time study for the period's municipalities.</source>
            <translation>Ingen tidsmätning för periodens kommuner.</translation>
        </message>
        <message>
            <source>{studies} time studies for the period's municipalities ({respondents} respondents).</source>
            <translation>{studies} tidsmätningar för periodens kommuner ({respondents} svarande).</translation>
        </message>
        <message>
            <source>Shares per category</source>
            <translation>Andelar per kategori</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>Min/day</source>
            <translation>Min/dag</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Investig. share</source>
            <translation>Utredare andel</translation>
        </message>
        <message>
            <source>Investig. min/day</source>
            <translation>Utredare min/dag</translation>
        </message>
        <message>
            <source>Per municipality</source>
            <translation>Per kommun</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>Mätning</translation>
        </message>
        <message>
            <source>Respondents</source>
            <translation>Svarande</translation>
        </message>
        <message>
            <source>Direct time</source>
            <translation>Direkt tid</translation>
        </message>
        <message>
            <source>Indirect time</source>
            <translation>Indirekt tid</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>{visits} to {municipalities} during the period.</source>
            <translation>{visits} i {municipalities} under perioden.</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n besök</numerusform>
                <numerusform>%n besök</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n municipality(ies)</source>
            <translation>
                <numerusform>%n kommun</numerusform>
                <numerusform>%n kommuner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n municipality(ies) in the programme.</source>
            <translation>
                <numerusform>%n kommun ingår i programmet.</numerusform>
                <numerusform>%n kommuner ingår i programmet.</numerusform>
            </translation>
        </message>
        <message>
            <source>{received} and {followed}.</source>
            <translation>{received} och {followed}.</translation>
        </message>
        <message numerus="yes">
            <source>%n action plan(s) received</source>
            <translation>
                <numerusform>%n handlingsplan inkommen</numerusform>
                <numerusform>%n handlingsplaner inkomna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n followed up</source>
            <translation>
                <numerusform>%n uppföljd</numerusform>
                <numerusform>%n uppföljda</numerusform>
            </translation>
        </message>
        <message>
            <source>The coordinator's comments</source>
            <translation>Samordnarens kommentarer</translation>
        </message>
        <message>
            <source>No comments were written for this period.</source>
            <translation>Inga kommentarer skrevs för perioden.</translation>
        </message>
        <message>
            <source>Visits in the period</source>
            <translation>Besök under perioden</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>No visits in the period.</source>
            <translation>Inga besök under perioden.</translation>
        </message>
        <message>
            <source>Participants by category</source>
            <translation>Deltagare per kategori</translation>
        </message>
        <message>
            <source>{total} on the lists of the period's visits, {attended} attended.</source>
            <translation>{total} på deltagarlistorna för periodens besök, {attended} deltog.</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Handlingsplaner</translation>
        </message>
        <message>
            <source>Received in the period</source>
            <translation>Inkomna under perioden</translation>
        </message>
        <message>
            <source>No action plan was received in the period.</source>
            <translation>Ingen handlingsplan kom in under perioden.</translation>
        </message>
        <message>
            <source>Followed up in the period</source>
            <translation>Följda upp under perioden</translation>
        </message>
        <message>
            <source>No action plan was followed up in the period.</source>
            <translation>Ingen handlingsplan följdes upp under perioden.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) overdue at the end of the period.</source>
            <translation>
                <numerusform>%n åtgärd var försenad vid periodens slut.</numerusform>
                <numerusform>%n åtgärder var försenade vid periodens slut.</numerusform>
            </translation>
        </message>
        <message>
            <source>Recurring development areas</source>
            <translation>Återkommande utvecklingsområden</translation>
        </message>
        <message>
            <source>Development area</source>
            <translation>Utvecklingsområde</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Kommuner</translation>
        </message>
        <message>
            <source>Which</source>
            <translation>Vilka</translation>
        </message>
        <message>
            <source>The programme's municipalities that reported for the period; family homes include kinship/network and reinforced family homes (of which).</source>
            <translation>Programmets kommuner som rapporterat för perioden; familjehem inkluderar släktinghem/nätverkshem och förstärkta familjehem (varav).</translation>
        </message>
        <message>
            <source>No development area recurs in several plans yet.</source>
            <translation>Inget utvecklingsområde återkommer ännu i flera planer.</translation>
        </message>
        <message>
            <source>National coordinator for social child and youth care</source>
            <translation>Nationell samordnare för den sociala barn- och ungdomsvården</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} till {end}</translation>
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
            <source>Reference no.</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>National coordinator</source>
            <translation>Nationell samordnare</translation>
        </message>
    </context>
</TS>
