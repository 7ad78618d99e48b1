<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Health bands: below 1 liquidatable, below 1.10 critical, below 1.25 under the agent&apos;s warning</source>
        <translation>Gesundheitsbereiche: unter 1 liquidierbar, unter 1,10 kritisch, unter 1,25 unter der Warnschwelle des Agenten</translation>
    </message>
</context>
<context>
    <name>StressCharts</name>
    <message>
        <source>Run a scenario: its results appear here</source>
        <translation>Szenario ausführen: die Ergebnisse erscheinen hier</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>loss, %1</source>
        <translation>Verlust, %1</translation>
    </message>
    <message>
        <source>no Monte Carlo paths: set a number of paths and run again</source>
        <translation>keine Monte-Carlo-Pfade: Anzahl der Pfade setzen und erneut ausführen</translation>
    </message>
    <message>
        <source>bad debt per path, %1</source>
        <translation>Forderungsausfall je Pfad, %1</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>VaR95</source>
        <translation>VaR95</translation>
    </message>
    <message>
        <source>VaR99</source>
        <translation>VaR99</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>The selected rows with the header, tab-separated (paste into a spreadsheet)</source>
        <translation>Die ausgewählten Zeilen mit Kopfzeile, durch Tabulatoren getrennt (in eine Tabellenkalkulation einfügen)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Das Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>cm::ui::AccountDetailPanel</name>
    <message>
        <source>Select an account</source>
        <translation>Konto auswählen</translation>
    </message>
    <message>
        <source>After an account&apos;s equity went negative its withdrawals and outbound transfers wait a number of blocks of its venue&apos;s chain (dYdX: 50), re-armed while it stays negative</source>
        <translation>Nachdem das Eigenkapital eines Kontos negativ wurde, warten seine Auszahlungen und ausgehenden Transfers eine Anzahl Blöcke der Chain seines Handelsplatzes (dYdX: 50), erneut gesetzt, solange es negativ bleibt</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>(AC + unrealized PnL) / MR; below 1 the account is liquidatable</source>
        <translation>(AC + unrealisierter PnL) / MR; unter 1 ist das Konto liquidierbar</translation>
    </message>
    <message>
        <source>To liquidation</source>
        <translation>Bis zur Liquidation</translation>
    </message>
    <message>
        <source>The uniform fall of all non-stable prices that brings health to 1</source>
        <translation>Der gleichmäßige Fall aller nicht stabilen Preise, der die Gesundheit auf 1 bringt</translation>
    </message>
    <message>
        <source>Liquidation price</source>
        <translation>Liquidationspreis</translation>
    </message>
    <message>
        <source>Price of the dominant asset at which health is 1, other prices unchanged</source>
        <translation>Preis des dominanten Assets, bei dem die Gesundheit 1 ist, andere Preise unverändert</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Σ amount × price + unrealized PnL − debt; below 0 is bad debt</source>
        <translation>Σ Menge × Preis + unrealisierter PnL − Schuld; unter 0 ist Forderungsausfall</translation>
    </message>
    <message>
        <source>Free collateral</source>
        <translation>Freie Sicherheiten</translation>
    </message>
    <message>
        <source>AC + PnL − (debt + Σ |size| × mark × IMR): what may be withdrawn or moved</source>
        <translation>AC + PnL − (Schuld + Σ |Größe| × Mark × IMR): was ausgezahlt oder bewegt werden darf</translation>
    </message>
    <message>
        <source>Max leverage</source>
        <translation>Max. Hebel</translation>
    </message>
    <message>
        <source>1 / IMR, IMR = MMR / 0.6, MMR = max(floor, z·σ·sqrt(T_liq / 1y))</source>
        <translation>1 / IMR, IMR = MMR / 0,6, MMR = max(Untergrenze, z·σ·sqrt(T_liq / 1J))</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>MR = debt + Σ |size| × mark × MMR</source>
        <translation>MR = Schuld + Σ |Größe| × Mark × MMR</translation>
    </message>
    <message>
        <source>Adjusted collateral</source>
        <translation>Angepasste Sicherheiten</translation>
    </message>
    <message>
        <source>AC = Σ amount × price × (1 − haircut), each route&apos;s claims counted up to its isolation cap</source>
        <translation>AC = Σ Menge × Preis × (1 − Abschlag), die Forderungen jeder Route bis zu ihrer Isolationsgrenze gezählt</translation>
    </message>
    <message>
        <source>Unrealized PnL</source>
        <translation>Unrealisierter PnL</translation>
    </message>
    <message>
        <source>Σ size × (mark − entry)</source>
        <translation>Σ Größe × (Mark − Einstieg)</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Moves one price by the slider&apos;s percent and recomputes health = (AC + U) / MR with the haircuts as they are: holdings and debts of the asset scale, positions are marked at the moved price (PnL and MMR × notional)</source>
        <translation>Bewegt einen Preis um den Prozentsatz des Schiebers und berechnet Gesundheit = (AC + U) / MR mit den Abschlägen wie sie sind: Bestände und Schulden des Assets skalieren, Positionen werden zum bewegten Preis bewertet (PnL und MMR × Nominal)</translation>
    </message>
    <message>
        <source>Holdings and haircuts</source>
        <translation>Bestände und Abschläge</translation>
    </message>
    <message>
        <source>Each holding&apos;s value and its haircut h = 1 − (1 − h_vol)(1 − h_lat)(1 − h_oracle)(1 − h_route)</source>
        <translation>Wert jedes Bestands und sein Abschlag h = 1 − (1 − h_vol)(1 − h_lat)(1 − h_oracle)(1 − h_route)</translation>
    </message>
    <message>
        <source>Debts and positions</source>
        <translation>Schulden und Positionen</translation>
    </message>
    <message>
        <source>Health = (AC + U) / MR over the session, sampled every 10 simulated seconds at most; the red line is 1 (liquidatable), the amber 1.25 (the agent&apos;s warning)</source>
        <translation>Gesundheit = (AC + U) / MR über die Sitzung, höchstens alle 10 simulierten Sekunden erfasst; die rote Linie ist 1 (liquidierbar), die gelbe 1,25 (Warnschwelle des Agenten)</translation>
    </message>
    <message>
        <source>Health history</source>
        <translation>Gesundheitsverlauf</translation>
    </message>
    <message>
        <source>%1 %2 → health %3%4</source>
        <translation>%1 %2 → Gesundheit %3%4</translation>
    </message>
    <message>
        <source> liquidatable</source>
        <translation> liquidierbar</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Withdrawals held: %1</source>
        <translation>Auszahlungen gesperrt: %1</translation>
    </message>
    <message>
        <source>  liquidatable</source>
        <translation>  liquidierbar</translation>
    </message>
    <message>
        <source>below 1 now</source>
        <translation>jetzt unter 1</translation>
    </message>
    <message>
        <source>no fall liquidates</source>
        <translation>kein Fall liquidiert</translation>
    </message>
    <message>
        <source> fall</source>
        <translation> Fall</translation>
    </message>
    <message>
        <source>%1 at %2 restores 1</source>
        <translation>%1 bei %2 stellt 1 wieder her</translation>
    </message>
    <message>
        <source>%1 (caps −%2)</source>
        <translation>%1 (Grenzen −%2)</translation>
    </message>
    <message>
        <source>No health to draw yet: the history fills as the market runs</source>
        <translation>Noch keine Gesundheit zu zeichnen: der Verlauf füllt sich, während der Markt läuft</translation>
    </message>
</context>
<context>
    <name>cm::ui::AccountsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheiten</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Schuld</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Liquidatable</source>
        <translation>Liquidierbar</translation>
    </message>
    <message>
        <source>To liquidation</source>
        <translation>Bis zur Liquidation</translation>
    </message>
    <message>
        <source>Max lev.</source>
        <translation>Max. Hebel</translation>
    </message>
    <message>
        <source>Σ amount × price over every chain</source>
        <translation>Σ Menge × Preis über alle Chains</translation>
    </message>
    <message>
        <source>AC = Σ amount × price × (1 − haircut); the haircut grows with the time the collateral needs to settle where it is owed</source>
        <translation>AC = Σ Menge × Preis × (1 − Abschlag); der Abschlag wächst mit der Zeit, die die Sicherheit braucht, um dort abzuwickeln, wo sie geschuldet ist</translation>
    </message>
    <message>
        <source>MR = debt + Σ |size| × mark × MMR</source>
        <translation>MR = Schuld + Σ |Größe| × Mark × MMR</translation>
    </message>
    <message>
        <source>(AC + unrealized PnL) / MR; below 1 the account is liquidatable</source>
        <translation>(AC + unrealisierter PnL) / MR; unter 1 ist das Konto liquidierbar</translation>
    </message>
    <message>
        <source>Uniform fall of all non-stable prices that brings health to 1</source>
        <translation>Gleichmäßiger Fall aller nicht stabilen Preise, der die Gesundheit auf 1 bringt</translation>
    </message>
    <message>
        <source>1 / IMR of the account&apos;s exposure, IMR = MMR / 0.6</source>
        <translation>1 / IMR des Engagements des Kontos, IMR = MMR / 0,6</translation>
    </message>
    <message>
        <source>The account; double-click a row to follow it in the account panel</source>
        <translation>Das Konto; Doppelklick auf eine Zeile folgt ihm im Kontobereich</translation>
    </message>
    <message>
        <source>Who owns it</source>
        <translation>Wem es gehört</translation>
    </message>
    <message>
        <source>Σ debt × price over every chain</source>
        <translation>Σ Schuld × Preis über alle Chains</translation>
    </message>
    <message>
        <source>Health below 1: keepers may liquidate it</source>
        <translation>Gesundheit unter 1: Keeper dürfen es liquidieren</translation>
    </message>
    <message>
        <source>The chains where it holds collateral</source>
        <translation>Die Chains, auf denen es Sicherheiten hält</translation>
    </message>
    <message>
        <source>trader, lender, market maker or treasury</source>
        <translation>Trader, Verleiher, Market Maker oder Treasury</translation>
    </message>
</context>
<context>
    <name>cm::ui::AuditLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ gültig</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>✗ does not verify</source>
        <translation>✗ nicht verifizierbar</translation>
    </message>
    <message>
        <source>Ed25519 signature of the entry&apos;s hash by key %1</source>
        <translation>Ed25519-Signatur des Eintrags-Hashs mit Schlüssel %1</translation>
    </message>
    <message>
        <source>Recorded without an operator key (a headless run)</source>
        <translation>Ohne Operator-Schlüssel aufgezeichnet (ein Lauf ohne Oberfläche)</translation>
    </message>
    <message>
        <source>The signature does not verify against key %1: the entry was altered</source>
        <translation>Die Signatur passt nicht zu Schlüssel %1: der Eintrag wurde verändert</translation>
    </message>
    <message>
        <source>The journal event this decision caused</source>
        <translation>Das Journal-Ereignis, das diese Entscheidung auslöste</translation>
    </message>
    <message>
        <source>The audit entry&apos;s number in the journal</source>
        <translation>Die Nummer des Audit-Eintrags im Journal</translation>
    </message>
    <message>
        <source>When the decision was recorded: the wall clock, UTC (its event carries the simulated time)</source>
        <translation>Wann die Entscheidung aufgezeichnet wurde: die Echtzeituhr, UTC (ihr Ereignis trägt die simulierte Zeit)</translation>
    </message>
    <message>
        <source>Who decided, as signed</source>
        <translation>Wer entschied, wie signiert</translation>
    </message>
    <message>
        <source>The decision: approve, reject, freeze, policy, operator…</source>
        <translation>Die Entscheidung: genehmigen, ablehnen, einfrieren, Richtlinie, Operator…</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Worum es ging</translation>
    </message>
    <message>
        <source>Ed25519 over the entry&apos;s hash, checked against the operator&apos;s key</source>
        <translation>Ed25519 über den Hash des Eintrags, geprüft mit dem Schlüssel des Operators</translation>
    </message>
</context>
<context>
    <name>cm::ui::AuditLogPanel</name>
    <message>
        <source>Verify now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Recompute the hash chain of every event and audit entry and check every signature</source>
        <translation>Hash-Kette jedes Ereignisses und Audit-Eintrags neu berechnen und jede Signatur prüfen</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Journal wird geprüft…</translation>
    </message>
    <message>
        <source>&lt;b&gt;New journal&lt;/b&gt;: every event and decision is chained as it is written</source>
        <translation>&lt;b&gt;Neues Journal&lt;/b&gt;: jedes Ereignis und jede Entscheidung wird beim Schreiben verkettet</translation>
    </message>
    <message>
        <source>No journal: decisions are not recorded</source>
        <translation>Kein Journal: Entscheidungen werden nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%4&apos;&gt;Chain broken at %1&lt;/b&gt;: %2 (checked %3 UTC)</source>
        <translation>&lt;b style=&apos;color:%4&apos;&gt;Kette gebrochen bei %1&lt;/b&gt;: %2 (geprüft %3 UTC)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%6&apos;&gt;Chain verified&lt;/b&gt;: %1 events, %2 audit entries, %3 valid signatures, %4 unsigned (checked %5 UTC)</source>
        <translation>&lt;b style=&apos;color:%6&apos;&gt;Kette geprüft&lt;/b&gt;: %1 Ereignisse, %2 Audit-Einträge, %3 gültige Signaturen, %4 unsigniert (geprüft %5 UTC)</translation>
    </message>
    <message>
        <source>Filter by operator, decision or details…</source>
        <translation>Nach Operator, Entscheidung oder Details filtern…</translation>
    </message>
</context>
<context>
    <name>cm::ui::BridgePanel</name>
    <message>
        <source>Wormhole&apos;s governor per chain: USD sent out in the last 24 h against the daily limit; past the headroom, or at the big-transaction size, a transfer waits up to 24 h</source>
        <translation>Wormholes Governor je Chain: in den letzten 24 h ausgehende USD gegen das Tageslimit; über dem Spielraum oder ab der Großtransaktionsgröße wartet ein Transfer bis zu 24 h</translation>
    </message>
    <message>
        <source>frozen from the console</source>
        <translation>von der Konsole eingefroren</translation>
    </message>
    <message>
        <source>Freeze route</source>
        <translation>Route einfrieren</translation>
    </message>
    <message>
        <source>Unfreeze route</source>
        <translation>Route freigeben</translation>
    </message>
    <message>
        <source>Release now</source>
        <translation>Jetzt freigeben</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source> · %1 queued, next release in %2</source>
        <translation> · %1 in Warteschlange, nächste Freigabe in %2</translation>
    </message>
    <message>
        <source>CRITICAL — %1</source>
        <translation>KRITISCH — %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>In flight only</source>
        <translation>Nur unterwegs</translation>
    </message>
    <message>
        <source>Show only transfers on their way (queued, locked, attested, relayed), not the settled ones</source>
        <translation>Nur Transfers auf ihrem Weg zeigen (in Warteschlange, gesperrt, attestiert, weitergeleitet), nicht die abgewickelten</translation>
    </message>
    <message>
        <source>Wormhole&apos;s governor per chain: the share of the daily limit sent out in the last 24 h; past the headroom, or at the big-transaction size, a transfer waits up to 24 h. Beside each bar: the headroom left, the transfers queued and the countdown to the next release.</source>
        <translation>Wormholes Governor je Chain: der in den letzten 24 h ausgegangene Anteil am Tageslimit; über dem Spielraum oder ab der Großtransaktionsgröße wartet ein Transfer bis zu 24 h. Neben jedem Balken: der verbleibende Spielraum, die wartenden Transfers und der Countdown bis zur nächsten Freigabe.</translation>
    </message>
    <message>
        <source>Routes: %1 · &lt;b&gt;%2 frozen&lt;/b&gt; · %3 weak · transfers in flight: %4 (%5), %6 queued</source>
        <translation>Routen: %1 · &lt;b&gt;%2 eingefroren&lt;/b&gt; · %3 schwach · Transfers unterwegs: %4 (%5), %6 in Warteschlange</translation>
    </message>
    <message>
        <source>no governor</source>
        <translation>kein Governor</translation>
    </message>
    <message>
        <source>%1 of %2 · headroom %3</source>
        <translation>%1 von %2 · Spielraum %3</translation>
    </message>
    <message>
        <source>% of the daily limit used (24 h)</source>
        <translation>% des Tageslimits genutzt (24 h)</translation>
    </message>
    <message>
        <source>Filter routes and transfers…</source>
        <translation>Routen und Transfers filtern…</translation>
    </message>
</context>
<context>
    <name>cm::ui::ChainCollateralChart</name>
    <message>
        <source>Collateral by chain</source>
        <translation>Sicherheiten je Chain</translation>
    </message>
</context>
<context>
    <name>cm::ui::ChainsModel</name>
    <message>
        <source>Finalized: %1</source>
        <translation>Finalisiert: %1</translation>
    </message>
    <message>
        <source>How far finality trails the head; the chain&apos;s own finality is %1. What sits on a lagging chain is haircut for the wait.</source>
        <translation>Wie weit die Finalität hinter dem Kopf liegt; die eigene Finalität der Chain ist %1. Was auf einer nachhinkenden Chain liegt, erhält einen Abschlag für die Wartezeit.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheiten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Liquidatable</source>
        <translation>Liquidierbar</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Finality lag</source>
        <translation>Finalitätsverzug</translation>
    </message>
    <message>
        <source>The chain (its id in the tooltip)</source>
        <translation>Die Chain (ihre ID im Tooltip)</translation>
    </message>
    <message>
        <source>live, degraded (slower to settle, haircut more) or halted (nothing settles until it resumes)</source>
        <translation>live, herabgestuft (langsamere Abwicklung, höherer Abschlag) oder angehalten (nichts wird abgewickelt, bis sie fortgesetzt wird)</translation>
    </message>
    <message>
        <source>The head block, and the finalized one in the tooltip</source>
        <translation>Der Kopfblock, und der finalisierte im Tooltip</translation>
    </message>
    <message>
        <source>How far finality trails the head; a halt adds its whole length</source>
        <translation>Wie weit die Finalität hinter dem Kopf liegt; ein Halt fügt seine ganze Dauer hinzu</translation>
    </message>
    <message>
        <source>Σ amount × price of every holding on this chain, claims included</source>
        <translation>Σ Menge × Preis jedes Bestands auf dieser Chain, Forderungen eingeschlossen</translation>
    </message>
    <message>
        <source>Accounts with collateral on this chain</source>
        <translation>Konten mit Sicherheiten auf dieser Chain</translation>
    </message>
    <message>
        <source>Of those, how many are below health 1</source>
        <translation>Davon, wie viele unter Gesundheit 1 liegen</translation>
    </message>
    <message>
        <source>The chain&apos;s block time</source>
        <translation>Die Blockzeit der Chain</translation>
    </message>
</context>
<context>
    <name>cm::ui::CollateralMapPanel</name>
    <message>
        <source>Collateral: Σ amount × price of every holding. Claims minted: a route&apos;s claims outstanding × price; backing = locked ÷ minted. Flow: transfers requested over the route in the last 24 simulated hours, both ways, not refused or dropped.</source>
        <translation>Sicherheiten: Σ Menge × Preis jedes Bestands. Geprägte Forderungen: ausstehende Forderungen einer Route × Preis; Deckung = gesperrt ÷ geprägt. Fluss: über die Route in den letzten 24 simulierten Stunden angeforderte Transfers, beide Richtungen, nicht abgelehnt oder verworfen.</translation>
    </message>
    <message>
        <source>Collateral value by chain (columns) and asset (rows), Σ amount × price; bridged claims count on the chain they sit on. Click a cell to show that chain&apos;s accounts.</source>
        <translation>Wert der Sicherheiten nach Chain (Spalten) und Asset (Zeilen), Σ Menge × Preis; Bridge-Forderungen zählen auf der Chain, auf der sie liegen. Eine Zelle anklicken zeigt die Konten dieser Chain.</translation>
    </message>
    <message>
        <source>Collateral %1 on %2 chains · claims minted %3 on %4 routes, backed %5 · flow in the last 24 h %6 · %7 routes frozen</source>
        <translation>Sicherheiten %1 auf %2 Chains · geprägte Forderungen %3 auf %4 Routen, gedeckt %5 · Fluss der letzten 24 h %6 · %7 Routen eingefroren</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 (%2): locked %3, minted %4, backed %5, 24 h flow %6%7</source>
        <translation>%1 (%2): gesperrt %3, geprägt %4, gedeckt %5, Fluss 24 h %6%7</translation>
    </message>
    <message>
        <source>, frozen</source>
        <translation>, eingefroren</translation>
    </message>
    <message>
        <source>%1 (%2): collateral %3 held by %4 accounts, %5 liquidatable. Click to show them.</source>
        <translation>%1 (%2): Sicherheiten %3 von %4 Konten, %5 liquidierbar. Anklicken zeigt sie.</translation>
    </message>
    <message>
        <source>%1 → %2: locked %3, claims minted %4, 24 h flow %5
%6</source>
        <translation>%1 → %2: gesperrt %3, geprägte Forderungen %4, Fluss 24 h %5
%6</translation>
    </message>
    <message>
        <source>Chains (sized by their collateral, coloured by status) and routes from the vault&apos;s chain to the claims&apos; chain: width ∝ √(claims minted), orange when a vault backs less than its claims, red dashed when frozen. Labels: claims minted · 24 h flow.</source>
        <translation>Chains (Größe nach ihren Sicherheiten, Farbe nach Status) und Routen von der Chain des Tresors zur Chain der Forderungen: Breite ∝ √(geprägte Forderungen), orange wenn ein Tresor weniger deckt als seine Forderungen, rot gestrichelt wenn eingefroren. Beschriftung: geprägte Forderungen · Fluss 24 h.</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4 of the chain&apos;s collateral)</source>
        <translation>%1 auf %2: %3 (%4 der Sicherheiten der Chain)</translation>
    </message>
</context>
<context>
    <name>cm::ui::EngineClient</name>
    <message>
        <source>Not journaled: nothing of this session is kept</source>
        <translation>Ohne Journal: von dieser Sitzung wird nichts aufbewahrt</translation>
    </message>
    <message>
        <source>New session, journaled to %1</source>
        <translation>Neue Sitzung, Journal in %1</translation>
    </message>
    <message>
        <source>Restored %1 events from %2: snapshot at event %3 plus %4 later events, in %5 ms</source>
        <translation>%1 Ereignisse aus %2 wiederhergestellt: Snapshot bei Ereignis %3 plus %4 spätere Ereignisse, in %5 ms</translation>
    </message>
</context>
<context>
    <name>cm::ui::HoldingsModel</name>
    <message>
        <source>unreachable</source>
        <translation>unerreichbar</translation>
    </message>
    <message>
        <source>Minted by route %1</source>
        <translation>Geprägt über Route %1</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 zu %3</translation>
    </message>
    <message>
        <source>h = min(1, volatility + latency + oracle + route)</source>
        <translation>h = min(1, Volatilität + Latenz + Orakel + Route)</translation>
    </message>
    <message>
        <source>max(1 − LT, z·σ·sqrt(T_liq / 1y)): what the asset costs where it is used</source>
        <translation>max(1 − LT, z·σ·sqrt(T_liq / 1J)): was das Asset dort kostet, wo es verwendet wird</translation>
    </message>
    <message>
        <source>z·σ·(sqrt(T / 1y) − sqrt(T_liq / 1y)): price risk while it settles where it is owed</source>
        <translation>z·σ·(sqrt(T / 1J) − sqrt(T_liq / 1J)): Preisrisiko, während es dorthin abwickelt, wo es geschuldet ist</translation>
    </message>
    <message>
        <source>Divergence past 2 %, plus z·σ·sqrt(age) while the oracle is stale</source>
        <translation>Abweichung über 2 %, plus z·σ·sqrt(Alter) solange das Orakel veraltet ist</translation>
    </message>
    <message>
        <source>The route&apos;s trust add-on plus any under-backing (1 − locked / minted)</source>
        <translation>Der Vertrauensaufschlag der Route plus jede Unterdeckung (1 − gesperrt / geprägt)</translation>
    </message>
    <message>
        <source>T = T_liq + finality of the chain + worst route latency to where it is owed</source>
        <translation>T = T_liq + Finalität der Chain + schlechteste Routenlatenz bis dorthin, wo es geschuldet ist</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>Abschlag</translation>
    </message>
    <message>
        <source>Vol.</source>
        <translation>Vol.</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>Orakel</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>The chain the holding sits on</source>
        <translation>Die Chain, auf der der Bestand liegt</translation>
    </message>
    <message>
        <source>The asset; &quot;(claim)&quot; when it is a bridged claim minted by a route</source>
        <translation>Das Asset; „(claim)“, wenn es eine von einer Route geprägte Bridge-Forderung ist</translation>
    </message>
    <message>
        <source>amount × oracle price</source>
        <translation>Menge × Orakelpreis</translation>
    </message>
</context>
<context>
    <name>cm::ui::LiquidationPanel</name>
    <message>
        <source>Filter by account, state, chain or keeper…</source>
        <translation>Nach Konto, Zustand, Chain oder Keeper filtern…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Bad debt and deleveraging</source>
        <translation>Forderungsausfall und Deleveraging</translation>
    </message>
    <message>
        <source>Insurance fund</source>
        <translation>Versicherungsfonds</translation>
    </message>
    <message>
        <source>cancelled from the console</source>
        <translation>von der Konsole abgebrochen</translation>
    </message>
    <message>
        <source>Approve liquidation</source>
        <translation>Liquidation genehmigen</translation>
    </message>
    <message>
        <source>Cancel liquidation</source>
        <translation>Liquidation abbrechen</translation>
    </message>
    <message>
        <source>Bad debt and deleveraging (%1)</source>
        <translation>Forderungsausfall und Deleveraging (%1)</translation>
    </message>
    <message>
        <source>%1 open · %2 blocked · insurance fund %3 · bad debt %4 (deleveraged %5, socialized %6) · %7 held</source>
        <translation>%1 offen · %2 blockiert · Versicherungsfonds %3 · Forderungsausfall %4 (deleveraged %5, sozialisiert %6) · %7 gesperrt</translation>
    </message>
    <message>
        <source>Liquidation is off in this world (its &quot;liquidation&quot; settings turn it on)</source>
        <translation>Liquidation ist in dieser Welt aus (ihre „liquidation“-Einstellungen schalten sie ein)</translation>
    </message>
    <message>
        <source>No account is held</source>
        <translation>Kein Konto ist gesperrt</translation>
    </message>
    <message>
        <source>Withdrawals and transfers wait after negative equity (dYdX):
</source>
        <translation>Auszahlungen und Transfers warten nach negativem Eigenkapital (dYdX):
</translation>
    </message>
</context>
<context>
    <name>cm::ui::LiquidationsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Schließt</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <source>ETA (UTC)</source>
        <translation>ETA (UTC)</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Zurückgezahlt</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Eingezogen</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>Forderungsausfall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>debt %1</source>
        <translation>Schuld %1</translation>
    </message>
    <message>
        <source>MR − (AC + U): what the account lacks to be at health 1, when it was last looked at</source>
        <translation>MR − (AC + U): was dem Konto zur Gesundheit 1 fehlt, bei der letzten Prüfung</translation>
    </message>
    <message>
        <source>Collateral seized, at the price when it reached the keeper (on another chain: when it arrived)</source>
        <translation>Eingezogene Sicherheiten zum Preis, als sie den Keeper erreichten (auf einer anderen Chain: als sie ankamen)</translation>
    </message>
    <message>
        <source>What the keeper closes: the largest debt (repaid, collateral seized with its bonus), or the largest perpetual position (10 % at a time for a 1.5 % penalty; a bankrupt account&apos;s all at once)</source>
        <translation>Was der Keeper schließt: die größte Schuld (zurückgezahlt, Sicherheiten mit Bonus eingezogen) oder die größte Perpetual-Position (je 10 % für 1,5 % Strafe; die eines bankrotten Kontos auf einmal)</translation>
    </message>
    <message>
        <source>The queue item</source>
        <translation>Der Eintrag der Warteschlange</translation>
    </message>
    <message>
        <source>The account being liquidated</source>
        <translation>Das Konto, das liquidiert wird</translation>
    </message>
    <message>
        <source>queued, blocked (waiting for an approval, a price or its chain), executing, done, cancelled or written off</source>
        <translation>in Warteschlange, blockiert (wartet auf Genehmigung, Preis oder Chain), in Ausführung, erledigt, abgebrochen oder abgeschrieben</translation>
    </message>
    <message>
        <source>What the keeper closes: the largest debt or the largest perpetual position</source>
        <translation>Was der Keeper schließt: die größte Schuld oder die größte Perpetual-Position</translation>
    </message>
    <message>
        <source>MR − (AC + U): what the account lacks to be at health 1</source>
        <translation>MR − (AC + U): was dem Konto zur Gesundheit 1 fehlt</translation>
    </message>
    <message>
        <source>(AC + U) / MR when it was last looked at</source>
        <translation>(AC + U) / MR bei der letzten Prüfung</translation>
    </message>
    <message>
        <source>The chain the keeper acts on</source>
        <translation>Die Chain, auf der der Keeper handelt</translation>
    </message>
    <message>
        <source>The keeper that took it</source>
        <translation>Der Keeper, der es übernahm</translation>
    </message>
    <message>
        <source>When the keeper&apos;s transaction is final on its chain</source>
        <translation>Wann die Transaktion des Keepers auf ihrer Chain final ist</translation>
    </message>
    <message>
        <source>Debt repaid, or position notional closed, USD</source>
        <translation>Zurückgezahlte Schuld oder geschlossenes Positionsnominal, USD</translation>
    </message>
    <message>
        <source>Collateral seized with the liquidation bonus, at the price when it reached the keeper</source>
        <translation>Mit dem Liquidationsbonus eingezogene Sicherheiten, zum Preis beim Keeper</translation>
    </message>
    <message>
        <source>Debt left when no collateral remains: paid by the insurance fund, then deleveraging, then socialized</source>
        <translation>Verbleibende Schuld ohne Sicherheiten: vom Versicherungsfonds gezahlt, dann Deleveraging, dann sozialisiert</translation>
    </message>
    <message>
        <source>Why it is blocked or how it ended</source>
        <translation>Warum es blockiert ist oder wie es endete</translation>
    </message>
</context>
<context>
    <name>cm::ui::LossLedgerModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Fund paid</source>
        <translation>Fonds zahlte</translation>
    </message>
    <message>
        <source>Deleveraged</source>
        <translation>Deleveraged</translation>
    </message>
    <message>
        <source>Socialized</source>
        <translation>Sozialisiert</translation>
    </message>
    <message>
        <source>Bankruptcy price</source>
        <translation>Bankrottpreis</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Deckt</translation>
    </message>
    <message>
        <source>deleveraged</source>
        <translation>deleveraged</translation>
    </message>
    <message>
        <source>bad debt</source>
        <translation>Forderungsausfall</translation>
    </message>
    <message>
        <source>%1&apos;s position was closed against bankrupt %2 at its bankruptcy price, %3 worse than at the mark (auto-deleveraging, pro rata to the opposite positions)</source>
        <translation>Die Position von %1 wurde gegen das bankrotte %2 zu dessen Bankrottpreis geschlossen, %3 schlechter als zum Mark (Auto-Deleveraging, anteilig zu den Gegenpositionen)</translation>
    </message>
    <message>
        <source>%1 owed %2 with no collateral left: the insurance fund paid %3, deleveraging took %4, %5 was socialized</source>
        <translation>%1 schuldete %2 ohne verbliebene Sicherheiten: der Versicherungsfonds zahlte %3, Deleveraging übernahm %4, %5 wurde sozialisiert</translation>
    </message>
    <message>
        <source>Simulated time (UTC)</source>
        <translation>Simulierte Zeit (UTC)</translation>
    </message>
    <message>
        <source>The bankrupt account, or the one deleveraged against it</source>
        <translation>Das bankrotte Konto oder das dagegen deleveragte</translation>
    </message>
    <message>
        <source>bad debt (owed with no collateral left) or deleveraged (a position closed against a bankrupt one)</source>
        <translation>Forderungsausfall (geschuldet ohne verbliebene Sicherheiten) oder deleveraged (eine gegen ein bankrottes Konto geschlossene Position)</translation>
    </message>
    <message>
        <source>The asset owed or the market closed</source>
        <translation>Das geschuldete Asset oder der geschlossene Markt</translation>
    </message>
    <message>
        <source>Token units owed, or the position size closed</source>
        <translation>Geschuldete Token-Einheiten oder die geschlossene Positionsgröße</translation>
    </message>
    <message>
        <source>USD lost: bad debt = debt − collateral left; deleveraging = size × |bankruptcy price − mark|</source>
        <translation>Verlorene USD: Forderungsausfall = Schuld − verbliebene Sicherheiten; Deleveraging = Größe × |Bankrottpreis − Mark|</translation>
    </message>
    <message>
        <source>What the insurance fund paid of it</source>
        <translation>Was der Versicherungsfonds davon zahlte</translation>
    </message>
    <message>
        <source>What auto-deleveraging took from the opposite positions, pro rata</source>
        <translation>Was Auto-Deleveraging anteilig von den Gegenpositionen nahm</translation>
    </message>
    <message>
        <source>What was left over, shared by every lender of the asset</source>
        <translation>Was übrig blieb, geteilt von allen Verleihern des Assets</translation>
    </message>
    <message>
        <source>The bankruptcy price: where the account&apos;s equity is zero</source>
        <translation>Der Bankrottpreis: wo das Eigenkapital des Kontos null ist</translation>
    </message>
    <message>
        <source>The bankrupt account a deleveraged position covered</source>
        <translation>Das bankrotte Konto, das eine deleveragte Position deckte</translation>
    </message>
</context>
<context>
    <name>cm::ui::MainWindow</name>
    <message>
        <source>Clearmesh — cross-chain risk console</source>
        <translation>Clearmesh — kettenübergreifende Risikokonsole</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Collateral map</source>
        <translation>Sicherheitenkarte</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <source>Oracles</source>
        <translation>Orakel</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>Liquidationen</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Who acts: every decision is recorded under this operator and checked against its role</source>
        <translation>Wer handelt: jede Entscheidung wird unter diesem Operator aufgezeichnet und gegen seine Rolle geprüft</translation>
    </message>
    <message>
        <source>The engine: running or paused, the speed (simulated seconds per wall second) and its rate (simulation steps per wall second)</source>
        <translation>Die Engine: läuft oder pausiert, die Geschwindigkeit (simulierte Sekunden je Echtzeitsekunde) und ihre Rate (Simulationsschritte je Echtzeitsekunde)</translation>
    </message>
    <message>
        <source>The simulated clock (UTC), the world and the steps taken</source>
        <translation>Die simulierte Uhr (UTC), die Welt und die ausgeführten Schritte</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the simulated market (Space)</source>
        <translation>Simulierten Markt anhalten oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <source>Simulated seconds per wall-clock second</source>
        <translation>Simulierte Sekunden je Echtzeitsekunde</translation>
    </message>
    <message>
        <source> Replay </source>
        <translation> Wiedergabe </translation>
    </message>
    <message>
        <source>Replay a historical window on today&apos;s book: each asset moves as it did then</source>
        <translation>Ein historisches Zeitfenster auf dem heutigen Buch wiedergeben: jedes Asset bewegt sich wie damals</translation>
    </message>
    <message>
        <source>Live market</source>
        <translation>Live-Markt</translation>
    </message>
    <message>
        <source>Black Thursday 2020</source>
        <translation>Schwarzer Donnerstag 2020</translation>
    </message>
    <message>
        <source>LUNA/UST May 2022</source>
        <translation>LUNA/UST Mai 2022</translation>
    </message>
    <message>
        <source>FTX Nov 2022</source>
        <translation>FTX Nov. 2022</translation>
    </message>
    <message>
        <source>USDC depeg Mar 2023</source>
        <translation>USDC-Depeg März 2023</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Who acts: sign in as another operator, or add one (admin)</source>
        <translation>Wer handelt: als anderer Operator anmelden oder einen hinzufügen (Admin)</translation>
    </message>
    <message>
        <source>Policy…</source>
        <translation>Richtlinie…</translation>
    </message>
    <message>
        <source>The approval policy: auto-approval, two approvers, the bound per period, expiry, the agent (admin)</source>
        <translation>Die Genehmigungsrichtlinie: automatische Genehmigung, zwei Genehmiger, die Obergrenze je Periode, Ablauf, der Agent (Admin)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Filter the accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the saved layout: the window, the splitters and the book&apos;s columns as they were at first</source>
        <translation>Das gespeicherte Layout vergessen: Fenster, Teiler und die Spalten des Buchs wie am Anfang</translation>
    </message>
    <message>
        <source>Halt chain</source>
        <translation>Chain anhalten</translation>
    </message>
    <message>
        <source>Degrade chain</source>
        <translation>Chain herabstufen</translation>
    </message>
    <message>
        <source>Resume chain</source>
        <translation>Chain fortsetzen</translation>
    </message>
    <message>
        <source>What sits on a halted or degraded chain waits longer to settle and is haircut for it</source>
        <translation>Was auf einer angehaltenen oder herabgestuften Chain liegt, wartet länger auf Abwicklung und erhält dafür einen Abschlag</translation>
    </message>
    <message>
        <source>Read-only: %1. Nothing can be changed and the journal is kept as it is for inspection (clearmesh-cli verify --db shows the break); start with --new-session to work on.</source>
        <translation>Nur lesen: %1. Nichts kann geändert werden und das Journal bleibt zur Prüfung wie es ist (clearmesh-cli verify --db zeigt den Bruch); mit --new-session starten, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Filter by account, owner or chain…</source>
        <translation>Nach Konto, Inhaber oder Chain filtern…</translation>
    </message>
    <message>
        <source>Liquidatable only</source>
        <translation>Nur liquidierbare</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Gesundheit:</translation>
    </message>
    <message>
        <source>&lt; 1</source>
        <translation>&lt; 1</translation>
    </message>
    <message>
        <source>&lt; 1.10</source>
        <translation>&lt; 1,10</translation>
    </message>
    <message>
        <source>&lt; 1.25</source>
        <translation>&lt; 1,25</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%1 von %2 Konten</translation>
    </message>
    <message>
        <source>Collateral %1 · Requirement %2 · Liquidatable %3</source>
        <translation>Sicherheiten %1 · Anforderung %2 · Liquidierbar %3</translation>
    </message>
    <message>
        <source>Simulated time %1 UTC · %2 · step %3</source>
        <translation>Simulierte Zeit %1 UTC · %2 · Schritt %3</translation>
    </message>
    <message>
        <source>running at %1× · %2 steps/s</source>
        <translation>läuft mit %1× · %2 Schritte/s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Operator %1 (%2)</source>
        <translation>Operator %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Operator: %1 (%2)</translation>
    </message>
    <message>
        <source>not journaled</source>
        <translation>ohne Journal</translation>
    </message>
    <message>
        <source>Journal: %1 events · %2 decisions</source>
        <translation>Journal: %1 Ereignisse · %2 Entscheidungen</translation>
    </message>
    <message>
        <source>Journal (read-only): %1 events · %2 decisions</source>
        <translation>Journal (nur lesen): %1 Ereignisse · %2 Entscheidungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>cm::ui::MoveDialog</name>
    <message>
        <source>Fill in the move to see its effect</source>
        <translation>Die Bewegung ausfüllen, um ihre Wirkung zu sehen</translation>
    </message>
    <message>
        <source>New collateral move</source>
        <translation>Neue Sicherheitenbewegung</translation>
    </message>
    <message>
        <source>account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>token units, e.g. 12.5</source>
        <translation>Token-Einheiten, z. B. 12,5</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>From chain</source>
        <translation>Von Chain</translation>
    </message>
    <message>
        <source>To chain</source>
        <translation>Zu Chain</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Over &lt;b&gt;%1&lt;/b&gt; (%2): %3 · cost %4 · ETA %5&lt;br&gt;Health %6 → &lt;b&gt;%7&lt;/b&gt; after arrival, %8 while it travels%9</source>
        <translation>Über &lt;b&gt;%1&lt;/b&gt; (%2): %3 · Kosten %4 · ETA %5&lt;br&gt;Gesundheit %6 → &lt;b&gt;%7&lt;/b&gt; nach Ankunft, %8 unterwegs%9</translation>
    </message>
    <message>
        <source>burn and unlock</source>
        <translation>verbrennen und entsperren</translation>
    </message>
    <message>
        <source>lock and mint</source>
        <translation>sperren und prägen</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%2&apos;&gt;Cannot be proposed: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%2&apos;&gt;Kann nicht vorgeschlagen werden: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Up to %1 %2 may leave now</source>
        <translation>Bis zu %1 %2 können jetzt abfließen</translation>
    </message>
</context>
<context>
    <name>cm::ui::ObligationsModel</name>
    <message>
        <source>debt</source>
        <translation>Schuld</translation>
    </message>
    <message>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Venue / chain</source>
        <translation>Handelsplatz / Chain</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Amount / size</source>
        <translation>Menge / Größe</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>PnL</source>
        <translation>PnL</translation>
    </message>
    <message>
        <source>MMR</source>
        <translation>MMR</translation>
    </message>
    <message>
        <source>debt, long or short</source>
        <translation>Schuld, long oder short</translation>
    </message>
    <message>
        <source>The chain a debt is owed on, or the perpetual venue and its chain</source>
        <translation>Die Chain, auf der eine Schuld besteht, oder der Perpetual-Handelsplatz und seine Chain</translation>
    </message>
    <message>
        <source>The asset owed or the market</source>
        <translation>Das geschuldete Asset oder der Markt</translation>
    </message>
    <message>
        <source>Debt in token units, or the position size (negative: short)</source>
        <translation>Schuld in Token-Einheiten oder die Positionsgröße (negativ: short)</translation>
    </message>
    <message>
        <source>The position&apos;s entry price</source>
        <translation>Der Einstiegspreis der Position</translation>
    </message>
    <message>
        <source>The mark price: the oracle aggregate</source>
        <translation>Der Mark-Preis: das Orakel-Aggregat</translation>
    </message>
    <message>
        <source>Debt × price, or the position&apos;s notional |size| × mark</source>
        <translation>Schuld × Preis oder das Nominal der Position |Größe| × Mark</translation>
    </message>
    <message>
        <source>Unrealized PnL = size × (mark − entry)</source>
        <translation>Unrealisierter PnL = Größe × (Mark − Einstieg)</translation>
    </message>
    <message>
        <source>Maintenance margin rate: max(floor, z·σ·sqrt(T_liq / 1y)); the requirement adds |size| × mark × MMR</source>
        <translation>Erhaltungsmarge: max(Untergrenze, z·σ·sqrt(T_liq / 1J)); die Anforderung addiert |Größe| × Mark × MMR</translation>
    </message>
</context>
<context>
    <name>cm::ui::OperatorDialog</name>
    <message>
        <source>Switch operator</source>
        <translation>Operator wechseln</translation>
    </message>
    <message>
        <source>Acting as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Handelt als &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>No operator profiles yet: every decision is the local operator&apos;s. Add the first one, an admin, to enforce roles.</source>
        <translation>Noch keine Operator-Profile: jede Entscheidung ist die des lokalen Operators. Den ersten, einen Admin, hinzufügen, um Rollen durchzusetzen.</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Operator hinzufügen</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Neuer Operator</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Passphrase (8+)</source>
        <translation>Passphrase (8+)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>The passphrases differ or are shorter than 8</source>
        <translation>Die Passphrasen unterscheiden sich oder sind kürzer als 8</translation>
    </message>
</context>
<context>
    <name>cm::ui::OraclesModel</name>
    <message>
        <source>%1 of %2 fresh</source>
        <translation>%1 von %2 frisch</translation>
    </message>
    <message>
        <source>(max − min) / median over fresh sources; above 2 % degraded (the haircut grows), above 10 % broken</source>
        <translation>(max − min) / Median über frische Quellen; über 2 % herabgestuft (der Abschlag wächst), über 10 % gebrochen</translation>
    </message>
    <message>
        <source>EWMA of the aggregate&apos;s moves, λ = 0.94 a day, annualized</source>
        <translation>EWMA der Bewegungen des Aggregats, λ = 0,94 je Tag, annualisiert</translation>
    </message>
    <message>
        <source>1 / IMR: IMR = MMR / 0.6, MMR = max(floor, z·σ·sqrt(T_liq / 1y)); falls as volatility rises</source>
        <translation>1 / IMR: IMR = MMR / 0,6, MMR = max(Untergrenze, z·σ·sqrt(T_liq / 1J)); fällt, wenn die Volatilität steigt</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilität</translation>
    </message>
    <message>
        <source>Max lev.</source>
        <translation>Max. Hebel</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation>Letzte Ablehnung</translation>
    </message>
    <message>
        <source>The asset (its sources in the tooltip)</source>
        <translation>Das Asset (seine Quellen im Tooltip)</translation>
    </message>
    <message>
        <source>The aggregate margin uses: the median of the fresh sources</source>
        <translation>Das Aggregat, das die Marge nutzt: der Median der frischen Quellen</translation>
    </message>
    <message>
        <source>Aggregate ÷ the world&apos;s start price − 1</source>
        <translation>Aggregat ÷ Startpreis der Welt − 1</translation>
    </message>
    <message>
        <source>σ: EWMA of the aggregate&apos;s log moves, λ = 0.94 a day, annualized</source>
        <translation>σ: EWMA der logarithmischen Bewegungen des Aggregats, λ = 0,94 je Tag, annualisiert</translation>
    </message>
    <message>
        <source>1 / IMR, IMR = MMR / 0.6, MMR = max(floor, z·σ·sqrt(T_liq / 1y))</source>
        <translation>1 / IMR, IMR = MMR / 0,6, MMR = max(Untergrenze, z·σ·sqrt(T_liq / 1J))</translation>
    </message>
    <message>
        <source>Sources younger than the freshness limit, of all</source>
        <translation>Quellen jünger als die Frischegrenze, von allen</translation>
    </message>
    <message>
        <source>(max − min) / median over the fresh sources; above 2 % degraded, above 10 % broken</source>
        <translation>(max − min) / Median über die frischen Quellen; über 2 % herabgestuft, über 10 % gebrochen</translation>
    </message>
    <message>
        <source>ok, degraded (divergence), broken (divergence past the halt limit) or stale (no fresh source)</source>
        <translation>ok, herabgestuft (Abweichung), gebrochen (Abweichung über der Haltgrenze) oder veraltet (keine frische Quelle)</translation>
    </message>
    <message>
        <source>Prices refused over all its sources: not finite, not positive, or a jump past the outlier limit</source>
        <translation>Abgelehnte Preise über alle Quellen: nicht endlich, nicht positiv oder ein Sprung über die Ausreißergrenze</translation>
    </message>
    <message>
        <source>The latest refusal: source and reason</source>
        <translation>Die letzte Ablehnung: Quelle und Grund</translation>
    </message>
</context>
<context>
    <name>cm::ui::OraclesPanel</name>
    <message>
        <source>Divergence = (max − min) / median of the fresh sources&apos; prices, per asset over the session; above the amber line the asset is degraded (its haircut grows), above the red one broken (liquidations that depend on it wait)</source>
        <translation>Abweichung = (max − min) / Median der Preise der frischen Quellen, je Asset über die Sitzung; über der gelben Linie ist das Asset herabgestuft (sein Abschlag wächst), über der roten gebrochen (davon abhängige Liquidationen warten)</translation>
    </message>
    <message>
        <source>The selected asset&apos;s sources: each one&apos;s price against the aggregate (the median of the fresh ones), in basis points; a grey bar is stale (older than the freshness limit) and left out of the aggregate. Labels: the source&apos;s age.</source>
        <translation>Die Quellen des ausgewählten Assets: der Preis jeder Quelle gegen das Aggregat (den Median der frischen), in Basispunkten; ein grauer Balken ist veraltet (älter als die Frischegrenze) und nicht im Aggregat. Beschriftung: das Alter der Quelle.</translation>
    </message>
    <message>
        <source>divergence, %</source>
        <translation>Abweichung, %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 vs aggregate, bp</source>
        <translation>%1 gegen Aggregat, bp</translation>
    </message>
</context>
<context>
    <name>cm::ui::OverviewPanel</name>
    <message>
        <source>Collateral: Σ amount × price of every holding. Requirement: MR = debts + Σ |size| × mark × MMR. At risk: accounts under health 1.25 (health = (AC + U) / MR). The insurance fund pays bad debt before deleveraging.</source>
        <translation>Sicherheiten: Σ Menge × Preis jedes Bestands. Anforderung: MR = Schulden + Σ |Größe| × Mark × MMR. Gefährdet: Konten unter Gesundheit 1,25 (Gesundheit = (AC + U) / MR). Der Versicherungsfonds zahlt Forderungsausfälle vor dem Deleveraging.</translation>
    </message>
    <message>
        <source>Accounts by health = (AC + U) / MR; below 1 an account can be liquidated</source>
        <translation>Konten nach Gesundheit = (AC + U) / MR; unter 1 kann ein Konto liquidiert werden</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>What the bridges&apos; guards saw: forged or unbacked messages, frozen routes, governor queues</source>
        <translation>Was die Wächter der Bridges sahen: gefälschte oder ungedeckte Nachrichten, eingefrorene Routen, Governor-Warteschlangen</translation>
    </message>
    <message>
        <source>height %1 · finality lag %2
collateral %3 · %4 accounts (%5 liquidatable)
claims minted %6 · backing %7</source>
        <translation>Höhe %1 · Finalitätsverzug %2
Sicherheiten %3 · %4 Konten (%5 liquidierbar)
geprägte Forderungen %6 · Deckung %7</translation>
    </message>
    <message>
        <source>Finality lag: how far finality trails the head (a halt adds its whole length). Backing: the vaults&apos; locked value over the claims minted on this chain; under 100 % a claim is not fully redeemable and is haircut for it.</source>
        <translation>Finalitätsverzug: wie weit die Finalität hinter dem Kopf liegt (ein Halt fügt seine ganze Dauer hinzu). Deckung: der gesperrte Wert der Tresore über den auf dieser Chain geprägten Forderungen; unter 100 % ist eine Forderung nicht voll einlösbar und erhält dafür einen Abschlag.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collateral&lt;/b&gt; %1 · &lt;b&gt;requirement&lt;/b&gt; %2 · &lt;b&gt;at risk&lt;/b&gt; %3 of %4 accounts (health &amp;lt; 1.25) · &lt;b&gt;insurance fund&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Sicherheiten&lt;/b&gt; %1 · &lt;b&gt;Anforderung&lt;/b&gt; %2 · &lt;b&gt;gefährdet&lt;/b&gt; %3 von %4 Konten (Gesundheit &amp;lt; 1,25) · &lt;b&gt;Versicherungsfonds&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Keine Warnungen</translation>
    </message>
</context>
<context>
    <name>cm::ui::PolicyDialog</name>
    <message>
        <source>Approval policy</source>
        <translation>Genehmigungsrichtlinie</translation>
    </message>
    <message>
        <source>The agent proposes on its own clock</source>
        <translation>Der Agent schlägt nach eigenem Takt vor</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A rebalance that lifts health by less is not worth a bridge transfer</source>
        <translation>Ein Rebalancing, das die Gesundheit um weniger hebt, ist keinen Bridge-Transfer wert</translation>
    </message>
    <message>
        <source>Warning health</source>
        <translation>Warngesundheit</translation>
    </message>
    <message>
        <source>Target health</source>
        <translation>Zielgesundheit</translation>
    </message>
    <message>
        <source>Smallest health gain</source>
        <translation>Kleinster Gesundheitsgewinn</translation>
    </message>
    <message>
        <source>Agent interval</source>
        <translation>Agent-Intervall</translation>
    </message>
    <message>
        <source>Proposals per run</source>
        <translation>Vorschläge je Lauf</translation>
    </message>
    <message>
        <source>Auto-approve below</source>
        <translation>Automatisch genehmigen unter</translation>
    </message>
    <message>
        <source>Two approvers from</source>
        <translation>Zwei Genehmiger ab</translation>
    </message>
    <message>
        <source>Most executed per period</source>
        <translation>Höchstens ausgeführt je Periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Pending proposals expire after</source>
        <translation>Offene Vorschläge verfallen nach</translation>
    </message>
    <message>
        <source>Changes are a signed audit entry.</source>
        <translation>Änderungen sind ein signierter Audit-Eintrag.</translation>
    </message>
    <message>
        <source>Only an admin may change the policy.</source>
        <translation>Nur ein Admin darf die Richtlinie ändern.</translation>
    </message>
    <message>
        <source> Desk buffers: %1 (from the world&apos;s agent object).</source>
        <translation> Desk-Puffer: %1 (aus dem Agent-Objekt der Welt).</translation>
    </message>
</context>
<context>
    <name>cm::ui::ProposalsModel</name>
    <message>
        <source>Health when proposed: (AC + U) / MR</source>
        <translation>Gesundheit beim Vorschlag: (AC + U) / MR</translation>
    </message>
    <message>
        <source>Projected health once the collateral has arrived (measured, once done)</source>
        <translation>Erwartete Gesundheit, sobald die Sicherheit angekommen ist (gemessen, sobald erledigt)</translation>
    </message>
    <message>
        <source>Approvals given / needed: one risk officer who is not the proposer; two at or above the policy&apos;s big size</source>
        <translation>Genehmigungen erteilt / nötig: ein Risk Officer, der nicht der Vorschlagende ist; zwei ab der großen Größe der Richtlinie</translation>
    </message>
    <message>
        <source>Expected time from execution to arrival: the route&apos;s p99 latency plus a source block</source>
        <translation>Erwartete Zeit von Ausführung bis Ankunft: die p99-Latenz der Route plus ein Quellblock</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>→ after</source>
        <translation>→ nachher</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Vorschlagender</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verfällt</translation>
    </message>
    <message>
        <source>The proposal&apos;s number</source>
        <translation>Die Nummer des Vorschlags</translation>
    </message>
    <message>
        <source>pending, approved, executing, executed, rejected, expired or failed</source>
        <translation>offen, genehmigt, in Ausführung, ausgeführt, abgelehnt, verfallen oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>rebalance (the agent&apos;s) or move (a desk&apos;s)</source>
        <translation>Rebalancing (des Agenten) oder Bewegung (eines Desks)</translation>
    </message>
    <message>
        <source>The account whose collateral moves</source>
        <translation>Das Konto, dessen Sicherheiten bewegt werden</translation>
    </message>
    <message>
        <source>From chain → to chain, over the route</source>
        <translation>Von Chain → zu Chain, über die Route</translation>
    </message>
    <message>
        <source>Token units moved</source>
        <translation>Bewegte Token-Einheiten</translation>
    </message>
    <message>
        <source>amount × oracle price when proposed</source>
        <translation>Menge × Orakelpreis beim Vorschlag</translation>
    </message>
    <message>
        <source>Who proposed it: the agent or an operator</source>
        <translation>Wer es vorschlug: der Agent oder ein Operator</translation>
    </message>
    <message>
        <source>When a pending proposal lapses (the policy&apos;s expiry)</source>
        <translation>Wann ein offener Vorschlag verfällt (Ablauf der Richtlinie)</translation>
    </message>
</context>
<context>
    <name>cm::ui::ProposalsPanel</name>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Filter by account, asset, chain or proposer…</source>
        <translation>Nach Konto, Asset, Chain oder Vorschlagendem filtern…</translation>
    </message>
    <message>
        <source>New move…</source>
        <translation>Neue Bewegung…</translation>
    </message>
    <message>
        <source>Compose a collateral move (treasury, risk officer, admin): the core previews its health and cost</source>
        <translation>Eine Sicherheitenbewegung zusammenstellen (Treasury, Risk Officer, Admin): der Kern zeigt ihre Gesundheit und Kosten vorab</translation>
    </message>
    <message>
        <source>Run agent</source>
        <translation>Agent ausführen</translation>
    </message>
    <message>
        <source>Propose moves for every account under the warning health now (risk officer, admin)</source>
        <translation>Bewegungen für jedes Konto unter der Warngesundheit jetzt vorschlagen (Risk Officer, Admin)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approve the selected pending proposal (a risk officer who is not its proposer)</source>
        <translation>Den ausgewählten offenen Vorschlag genehmigen (ein Risk Officer, der nicht sein Vorschlagender ist)</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Reject the selected pending proposal, with a reason</source>
        <translation>Den ausgewählten offenen Vorschlag mit Begründung ablehnen</translation>
    </message>
    <message>
        <source>Select a proposal</source>
        <translation>Vorschlag auswählen</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Health before, while the collateral travels (it counts on neither chain), projected after arrival, and measured once done. Red: 1 (liquidatable); orange: the agent&apos;s warning.</source>
        <translation>Gesundheit vorher, während die Sicherheit unterwegs ist (sie zählt auf keiner Chain), erwartet nach Ankunft und gemessen, sobald erledigt. Rot: 1 (liquidierbar); orange: die Warnschwelle des Agenten.</translation>
    </message>
    <message>
        <source>Every step: proposal, policy, approvals, the transfer&apos;s way through the bridge</source>
        <translation>Jeder Schritt: Vorschlag, Richtlinie, Genehmigungen, der Weg des Transfers durch die Bridge</translation>
    </message>
    <message>
        <source>Reject proposal %1</source>
        <translation>Vorschlag %1 ablehnen</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Begründung (erforderlich):</translation>
    </message>
    <message>
        <source>%1 pending · %2 executing · %3 executed of %4 allowed per %5 · auto-approval below %6 · two approvers from %7 · agent %8 · acting as %9 (%10)</source>
        <translation>%1 offen · %2 in Ausführung · %3 ausgeführt von %4 erlaubt je %5 · automatische Genehmigung unter %6 · zwei Genehmiger ab %7 · Agent %8 · handelt als %9 (%10)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt; · %3 %4 %5 from %6 to %7 over %8 (%9) · %10 · cost %11 · ETA %12&lt;br&gt;%13</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt; · %3 %4 %5 von %6 nach %7 über %8 (%9) · %10 · Kosten %11 · ETA %12&lt;br&gt;%13</translation>
    </message>
    <message>
        <source>burn and unlock</source>
        <translation>verbrennen und entsperren</translation>
    </message>
    <message>
        <source>lock and mint</source>
        <translation>sperren und prägen</translation>
    </message>
    <message>
        <source>Proposed by %1 at %2 · approvals %3 of %4: %5%6</source>
        <translation>Vorgeschlagen von %1 um %2 · Genehmigungen %3 von %4: %5%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> · expires %1</source>
        <translation> · verfällt %1</translation>
    </message>
</context>
<context>
    <name>cm::ui::RoutesModel</name>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Minted</source>
        <translation>Geprägt</translation>
    </message>
    <message>
        <source>Backing</source>
        <translation>Deckung</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validatoren</translation>
    </message>
    <message>
        <source>Trust add-on</source>
        <translation>Vertrauensaufschlag</translation>
    </message>
    <message>
        <source>Rate bucket</source>
        <translation>Rate-Bucket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 of %2 · v%3</source>
        <translation>%1 von %2 · v%3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <source>weak set</source>
        <translation>schwache Menge</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>%1 → %2: the vault on %1, the claims on %2</source>
        <translation>%1 → %2: der Tresor auf %1, die Forderungen auf %2</translation>
    </message>
    <message>
        <source>Added to the haircut of this route&apos;s claims: the route&apos;s own add-on, or its validator set&apos;s when weaker (1 − (colluding operators − 1) / (two-thirds supermajority − 1)); 100 % while frozen.%1</source>
        <translation>Zum Abschlag der Forderungen dieser Route addiert: der eigene Aufschlag der Route oder der ihrer Validatormenge, wenn schwächer (1 − (kolludierende Operatoren − 1) / (Zweidrittelmehrheit − 1)); 100 % solange eingefroren.%1</translation>
    </message>
    <message>
        <source>Token bucket (CCIP): forward %1, back %2 of %3; a transfer larger than the tokens waits.</source>
        <translation>Token-Bucket (CCIP): vorwärts %1, zurück %2 von %3; ein Transfer größer als die Tokens wartet.</translation>
    </message>
    <message>
        <source>Locked in the source vault / claims minted; the accountant keeps it at or above 100 %.</source>
        <translation>Im Quelltresor gesperrt / geprägte Forderungen; der Buchhalter hält es bei oder über 100 %.</translation>
    </message>
    <message>
        <source>Token units locked in the source chain&apos;s vault</source>
        <translation>Im Tresor der Quell-Chain gesperrte Token-Einheiten</translation>
    </message>
    <message>
        <source>Claims outstanding on the destination chain, token units</source>
        <translation>Ausstehende Forderungen auf der Ziel-Chain, Token-Einheiten</translation>
    </message>
    <message>
        <source>Backing = locked ÷ minted; under 100 % a claim is haircut for the gap</source>
        <translation>Deckung = gesperrt ÷ geprägt; unter 100 % erhält eine Forderung einen Abschlag für die Lücke</translation>
    </message>
    <message>
        <source>Attestation threshold of the validator set, its size and version</source>
        <translation>Attestierungsschwelle der Validatormenge, ihre Größe und Version</translation>
    </message>
    <message>
        <source>The route&apos;s trust add-on to its claims&apos; haircut; 100 % while frozen</source>
        <translation>Der Vertrauensaufschlag der Route auf den Abschlag ihrer Forderungen; 100 % solange eingefroren</translation>
    </message>
    <message>
        <source>Rate limit (CCIP token bucket): USD that may go forward now / the bucket&apos;s capacity; amber under 25 %, red under 5 %</source>
        <translation>Rate-Limit (CCIP-Token-Bucket): USD, die jetzt vorwärts dürfen / Kapazität des Buckets; gelb unter 25 %, rot unter 5 %</translation>
    </message>
    <message>
        <source>live, weak set (threshold under two thirds) or frozen by a risk officer or the accountant</source>
        <translation>live, schwache Menge (Schwelle unter zwei Dritteln) oder eingefroren von einem Risk Officer oder dem Buchhalter</translation>
    </message>
    <message>
        <source>The route: source chain → destination chain, asset</source>
        <translation>Die Route: Quell-Chain → Ziel-Chain, Asset</translation>
    </message>
    <message>
        <source>The asset it carries</source>
        <translation>Das Asset, das sie trägt</translation>
    </message>
</context>
<context>
    <name>cm::ui::StressAccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Health before</source>
        <translation>Gesundheit vorher</translation>
    </message>
    <message>
        <source>Health after</source>
        <translation>Gesundheit nachher</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Liquidated</source>
        <translation>Liquidiert</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>Forderungsausfall</translation>
    </message>
    <message>
        <source>double-click to see it in the book</source>
        <translation>Doppelklick zeigt es im Buch</translation>
    </message>
    <message>
        <source>health = (AC + U) / MR before the scenario</source>
        <translation>Gesundheit = (AC + U) / MR vor dem Szenario</translation>
    </message>
    <message>
        <source>health at the end of the horizon</source>
        <translation>Gesundheit am Ende des Horizonts</translation>
    </message>
    <message>
        <source>equity before − after, claims at what their vault redeems</source>
        <translation>Eigenkapital vorher − nachher, Forderungen zu dem, was ihr Tresor einlöst</translation>
    </message>
    <message>
        <source>debt repaid and position notional closed by keepers in the run</source>
        <translation>von Keepern im Lauf zurückgezahlte Schuld und geschlossenes Positionsnominal</translation>
    </message>
    <message>
        <source>written off in the run, plus negative equity left at its end</source>
        <translation>im Lauf abgeschrieben, plus an seinem Ende verbliebenes negatives Eigenkapital</translation>
    </message>
</context>
<context>
    <name>cm::ui::StressBlastModel</name>
    <message>
        <source>no cap: the world sets none and no what-if cap was priced</source>
        <translation>keine Grenze: die Welt setzt keine und keine Was-wäre-wenn-Grenze wurde bewertet</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>%1 (what-if)</source>
        <translation>%1 (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>%1: the what-if cap, priced (the world sets none)</source>
        <translation>%1: die Was-wäre-wenn-Grenze, bewertet (die Welt setzt keine)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Ausfallend</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Below 1</source>
        <translation>Unter 1</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Gefährdeter Wert</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>Forderungsausfall</translation>
    </message>
    <message>
        <source>Credit lost</source>
        <translation>Verlorener Kredit</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <source>Isolation cap</source>
        <translation>Isolationsgrenze</translation>
    </message>
    <message>
        <source>Cap cost</source>
        <translation>Kosten der Grenze</translation>
    </message>
    <message>
        <source>Loss bounded</source>
        <translation>Begrenzter Verlust</translation>
    </message>
    <message>
        <source>route or chain</source>
        <translation>Route oder Chain</translation>
    </message>
    <message>
        <source>what fails: a route&apos;s claims unbacked; a chain&apos;s collateral and the vaults on it gone</source>
        <translation>was ausfällt: die Forderungen einer Route ungedeckt; die Sicherheiten einer Chain und die Tresore darauf weg</translation>
    </message>
    <message>
        <source>accounts holding something that fails</source>
        <translation>Konten, die etwas Ausfallendes halten</translation>
    </message>
    <message>
        <source>accounts at health ≥ 1 that fall below 1</source>
        <translation>Konten mit Gesundheit ≥ 1, die unter 1 fallen</translation>
    </message>
    <message>
        <source>collateral of the accounts pushed below health 1</source>
        <translation>Sicherheiten der unter Gesundheit 1 gedrückten Konten</translation>
    </message>
    <message>
        <source>negative equity the failure leaves: debt no collateral covers</source>
        <translation>negatives Eigenkapital, das der Ausfall hinterlässt: Schuld, die keine Sicherheit deckt</translation>
    </message>
    <message>
        <source>adjusted collateral (AC) lost: the credit interconnection gave</source>
        <translation>verlorene angepasste Sicherheiten (AC): der Kredit, den die Vernetzung gab</translation>
    </message>
    <message>
        <source>Σ max(0, MR − (AC + U)) added: what liquidations must recover</source>
        <translation>Σ max(0, MR − (AC + U)) hinzugefügt: was Liquidationen einbringen müssen</translation>
    </message>
    <message>
        <source>the most this route&apos;s claims count towards any account&apos;s AC (Aave&apos;s isolation ceiling)</source>
        <translation>das Höchste, was die Forderungen dieser Route zum AC eines Kontos zählen (Aaves Isolationsobergrenze)</translation>
    </message>
    <message>
        <source>Σ max(0, claims&apos; AC − cap): adjusted collateral the cap takes off the book now</source>
        <translation>Σ max(0, AC der Forderungen − Grenze): angepasste Sicherheiten, die die Grenze jetzt aus dem Buch nimmt</translation>
    </message>
    <message>
        <source>Σ max(0, shortfall − cap): the part of this route&apos;s failure the cap bounds</source>
        <translation>Σ max(0, Fehlbetrag − Grenze): der Teil des Ausfalls dieser Route, den die Grenze begrenzt</translation>
    </message>
</context>
<context>
    <name>cm::ui::StressPanel</name>
    <message>
        <source>Custom (edit below)</source>
        <translation>Eigenes (unten bearbeiten)</translation>
    </message>
    <message>
        <source>The built-in scenarios: the four historical windows replayed on the book, a 30 % crash of every volatile asset, a stablecoin at its March 2023 low, the biggest route compromised (Wormhole, Nomad), a one-hour Ethereum finality stall</source>
        <translation>Die eingebauten Szenarien: die vier historischen Fenster auf dem Buch wiedergegeben, ein Crash von 30 % jedes volatilen Assets, ein Stablecoin auf seinem Tief vom März 2023, die größte Route kompromittiert (Wormhole, Nomad), ein einstündiger Finalitätsstillstand von Ethereum</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Monte Carlo paths of the calibrated market over the horizon, after the shocks: VaR95/99 are the 95th/99th percentiles of bad debt over the paths, LaR95 the 95th of liquidations (Gauntlet, Chaos Labs). 0: the shocks alone, prices held where they put them.</source>
        <translation>Monte-Carlo-Pfade des kalibrierten Markts über den Horizont nach den Schocks: VaR95/99 sind das 95./99. Perzentil des Forderungsausfalls über die Pfade, LaR95 das 95. der Liquidationen (Gauntlet, Chaos Labs). 0: nur die Schocks, Preise bleiben, wo sie sie hinsetzen.</translation>
    </message>
    <message>
        <source>Monte Carlo paths</source>
        <translation>Monte-Carlo-Pfade</translation>
    </message>
    <message>
        <source> $M</source>
        <translation> Mio. $</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Isolation cap to price on routes the world does not cap: the most a route&apos;s claims may count towards one account&apos;s adjusted collateral. 4.5 $M is the median debt ceiling of Aave v3&apos;s isolated assets on Ethereum (October 2023: from $1M to $17M). A world&apos;s own caps (a route&apos;s isolation_cap_usd) are enforced by the margin and shown as they are.</source>
        <translation>Isolationsgrenze, die auf Routen bewertet wird, die die Welt nicht begrenzt: das Höchste, was die Forderungen einer Route zu den angepassten Sicherheiten eines Kontos zählen dürfen. 4,5 Mio. $ ist die mittlere Schuldenobergrenze der isolierten Assets von Aave v3 auf Ethereum (Oktober 2023: von 1 Mio. $ bis 17 Mio. $). Eigene Grenzen einer Welt (isolation_cap_usd einer Route) setzt die Marge durch und zeigt sie so, wie sie sind.</translation>
    </message>
    <message>
        <source>What-if isolation cap</source>
        <translation>Was-wäre-wenn-Isolationsgrenze</translation>
    </message>
    <message>
        <source>The scenario (JSON, README: stress scenarios): name, shocks (price, volatility, oracle_divergence, chain_halt, latency, route_compromise, replay), paths, horizon_s, seed</source>
        <translation>Das Szenario (JSON, README: Stressszenarien): name, shocks (price, volatility, oracle_divergence, chain_halt, latency, route_compromise, replay), paths, horizon_s, seed</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Runs the scenario on forks of the live book (Ctrl+R); the book itself is never touched</source>
        <translation>Führt das Szenario auf Kopien des Live-Buchs aus (Strg+R); das Buch selbst wird nie berührt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Loads a scenario file; its replay files are found beside it</source>
        <translation>Lädt eine Szenariodatei; ihre Wiedergabedateien werden daneben gefunden</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Simulated hours done, of the held-price run and every Monte Carlo path</source>
        <translation>Erledigte simulierte Stunden des Laufs mit gehaltenen Preisen und jedes Monte-Carlo-Pfads</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Pick a scenario and run it: the live book is copied, shocked and run over the horizon; the console keeps running.</source>
        <translation>Ein Szenario wählen und ausführen: das Live-Buch wird kopiert, geschockt und über den Horizont gerechnet; die Konsole läuft weiter.</translation>
    </message>
    <message>
        <source>Accounts by health before the scenario (blue) and at the end of the horizon (red); health = (AC + U) / MR, below 1 liquidatable, &apos;none&apos;: no debt or position</source>
        <translation>Konten nach Gesundheit vor dem Szenario (blau) und am Ende des Horizonts (rot); Gesundheit = (AC + U) / MR, unter 1 liquidierbar, „keine“: keine Schuld oder Position</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Loss by chain: the book&apos;s collateral as it was, marked at the prices and vault backing after (a drained route&apos;s claims at nothing), plus perpetual PnL lost</source>
        <translation>Verlust je Chain: die Sicherheiten des Buchs wie sie waren, bewertet zu den Preisen und der Tresordeckung danach (Forderungen einer geleerten Route zu null), plus verlorener Perpetual-PnL</translation>
    </message>
    <message>
        <source>Loss by route (the claims it minted; &apos;native&apos; for native collateral), largest 12</source>
        <translation>Verlust je Route (die von ihr geprägten Forderungen; „native“ für native Sicherheiten), die größten 12</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>What fails if it fails: each row a route or chain failing (claims unbacked; a chain&apos;s collateral and vaults gone), each column the chain where the accounts pushed below health 1 owe; colour: their obligations, USD (log scale)</source>
        <translation>Was ausfällt, wenn es ausfällt: jede Zeile eine ausfallende Route oder Chain (Forderungen ungedeckt; Sicherheiten und Tresore einer Chain weg), jede Spalte die Chain, auf der die unter Gesundheit 1 gedrückten Konten schulden; Farbe: ihre Verpflichtungen, USD (log. Skala)</translation>
    </message>
    <message>
        <source>Contagion</source>
        <translation>Ansteckung</translation>
    </message>
    <message>
        <source>Double-click an account to see it in the book</source>
        <translation>Doppelklick auf ein Konto zeigt es im Buch</translation>
    </message>
    <message>
        <source>Most affected</source>
        <translation>Am stärksten betroffen</translation>
    </message>
    <message>
        <source>Bad debt per Monte Carlo path (histogram) with VaR95 and VaR99</source>
        <translation>Forderungsausfall je Monte-Carlo-Pfad (Histogramm) mit VaR95 und VaR99</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Open a stress scenario</source>
        <translation>Ein Stressszenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Export the stress report</source>
        <translation>Den Stressbericht exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf schlug fehl: %1</translation>
    </message>
    <message>
        <source>%1 does not apply to this world: %2</source>
        <translation>%1 passt nicht zu dieser Welt: %2</translation>
    </message>
    <message>
        <source>The scenario is refused: %1</source>
        <translation>Das Szenario wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>Running %1 on a fork of the live book…</source>
        <translation>%1 läuft auf einer Kopie des Live-Buchs…</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 accounts · horizon %3 · step %4 s · ran in %5 s%6&lt;br&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2 Konten · Horizont %3 · Schritt %4 s · gelaufen in %5 s%6&lt;br&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;cancelled&lt;/b&gt;</source>
        <translation> · &lt;b&gt;abgebrochen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Below health 1: %1 → &lt;b&gt;%2&lt;/b&gt; · liquidations %3 (%4) · &lt;b&gt;bad debt %5&lt;/b&gt; · insurance fund %6 → %7</source>
        <translation>Unter Gesundheit 1: %1 → &lt;b&gt;%2&lt;/b&gt; · Liquidationen %3 (%4) · &lt;b&gt;Forderungsausfall %5&lt;/b&gt; · Versicherungsfonds %6 → %7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Monte Carlo, %1 of %2 paths: &lt;b&gt;VaR95 %3&lt;/b&gt; · &lt;b&gt;VaR99 %4&lt;/b&gt; of bad debt · &lt;b&gt;LaR95 %5&lt;/b&gt; of liquidations · mean bad debt %6</source>
        <translation>&lt;br&gt;Monte Carlo, %1 von %2 Pfaden: &lt;b&gt;VaR95 %3&lt;/b&gt; · &lt;b&gt;VaR99 %4&lt;/b&gt; Forderungsausfall · &lt;b&gt;LaR95 %5&lt;/b&gt; Liquidationen · mittlerer Forderungsausfall %6</translation>
    </message>
    <message>
        <source>Interconnection gives &lt;b&gt;%1&lt;/b&gt; of credit against bridged claims; a route failing one at a time would leave &lt;b&gt;%2&lt;/b&gt; of requirement uncovered in all (worst: %3, %4).</source>
        <translation>Die Vernetzung gibt &lt;b&gt;%1&lt;/b&gt; Kredit gegen Bridge-Forderungen; einzeln ausfallende Routen ließen insgesamt &lt;b&gt;%2&lt;/b&gt; Anforderung ungedeckt (schlimmste: %3, %4).</translation>
    </message>
    <message>
        <source> Isolation caps on %1 routes%2 would cost &lt;b&gt;%3&lt;/b&gt; of collateral credit now and bound &lt;b&gt;%4&lt;/b&gt; of those losses.</source>
        <translation> Isolationsgrenzen auf %1 Routen%2 kosteten jetzt &lt;b&gt;%3&lt;/b&gt; Sicherheitenkredit und begrenzten &lt;b&gt;%4&lt;/b&gt; dieser Verluste.</translation>
    </message>
    <message>
        <source> (what-if where the world has none)</source>
        <translation> (Was-wäre-wenn, wo die Welt keine hat)</translation>
    </message>
    <message>
        <source> No route has an isolation cap (world file: a route&apos;s isolation_cap_usd; or price one with the what-if cap).</source>
        <translation> Keine Route hat eine Isolationsgrenze (Weltdatei: isolation_cap_usd einer Route; oder eine mit der Was-wäre-wenn-Grenze bewerten).</translation>
    </message>
    <message>
        <source>nothing to export: run a scenario first</source>
        <translation>nichts zu exportieren: zuerst ein Szenario ausführen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Clearmesh stress report</source>
        <translation>Clearmesh-Stressbericht</translation>
    </message>
    <message>
        <source>Accounts by health</source>
        <translation>Konten nach Gesundheit</translation>
    </message>
    <message>
        <source>Loss by chain and route</source>
        <translation>Verlust je Chain und Route</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Explosionsradius</translation>
    </message>
    <message>
        <source>Most affected accounts</source>
        <translation>Am stärksten betroffene Konten</translation>
    </message>
    <message>
        <source>Clearmesh stress report: %1</source>
        <translation>Clearmesh-Stressbericht: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cm::ui::StressRunner</name>
    <message>
        <source>a stress run is already going</source>
        <translation>ein Stresslauf läuft bereits</translation>
    </message>
</context>
<context>
    <name>cm::ui::TransfersModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>Seit (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>back</source>
        <translation>zurück</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>vorwärts</translation>
    </message>
    <message>
        <source>requested %1 · locked %2 · committed %3 · attested %4 · relayed %5 · settled %6</source>
        <translation>angefordert %1 · gesperrt %2 · festgeschrieben %3 · attestiert %4 · weitergeleitet %5 · abgewickelt %6</translation>
    </message>
    <message>
        <source>
releases itself at %1 UTC</source>
        <translation>
gibt sich um %1 UTC selbst frei</translation>
    </message>
    <message>
        <source>The way: requested · locked (or burned) · committed in a source block · attested by the validators · relayed · settled (minted or unlocked); ● reached, ○ to come, ✗ refused or dropped</source>
        <translation>Der Weg: angefordert · gesperrt (oder verbrannt) · in einem Quellblock festgeschrieben · von den Validatoren attestiert · weitergeleitet · abgewickelt (geprägt oder entsperrt); ● erreicht, ○ ausstehend, ✗ abgelehnt oder verworfen</translation>
    </message>
    <message>
        <source>queued (governor or rate limit), locked, attested, relayed, minted, refused or dropped</source>
        <translation>in Warteschlange (Governor oder Rate-Limit), gesperrt, attestiert, weitergeleitet, geprägt, abgelehnt oder verworfen</translation>
    </message>
    <message>
        <source>Amount × the oracle price when requested</source>
        <translation>Menge × Orakelpreis bei Anforderung</translation>
    </message>
    <message>
        <source>When it reached its present step</source>
        <translation>Wann es seinen jetzigen Schritt erreichte</translation>
    </message>
    <message>
        <source>The transfer&apos;s number</source>
        <translation>Die Nummer des Transfers</translation>
    </message>
    <message>
        <source>The route it travels</source>
        <translation>Die Route, über die er läuft</translation>
    </message>
    <message>
        <source>forward (lock and mint), back (burn and unlock) or delivered from outside</source>
        <translation>vorwärts (sperren und prägen), zurück (verbrennen und entsperren) oder von außen zugestellt</translation>
    </message>
    <message>
        <source>Whose collateral it is</source>
        <translation>Wessen Sicherheiten es sind</translation>
    </message>
    <message>
        <source>Token units (exact in the tooltip)</source>
        <translation>Token-Einheiten (genau im Tooltip)</translation>
    </message>
    <message>
        <source>Why it waits or was refused</source>
        <translation>Warum er wartet oder abgelehnt wurde</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
</TS>
