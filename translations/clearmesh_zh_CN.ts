<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Health bands: below 1 liquidatable, below 1.10 critical, below 1.25 under the agent&apos;s warning</source>
        <translation>健康度区间：低于 1 可清算，低于 1.10 危急，低于 1.25 低于代理的警告线</translation>
    </message>
</context>
<context>
    <name>StressCharts</name>
    <message>
        <source>Run a scenario: its results appear here</source>
        <translation>运行一个情景：结果显示在这里</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>loss, %1</source>
        <translation>损失，%1</translation>
    </message>
    <message>
        <source>no Monte Carlo paths: set a number of paths and run again</source>
        <translation>没有蒙特卡洛路径：设置路径数后再次运行</translation>
    </message>
    <message>
        <source>bad debt per path, %1</source>
        <translation>每条路径的坏账，%1</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>路径</translation>
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
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>The selected rows with the header, tab-separated (paste into a spreadsheet)</source>
        <translation>所选行及表头，以制表符分隔（可粘贴到电子表格）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>cm::ui::AccountDetailPanel</name>
    <message>
        <source>Select an account</source>
        <translation>选择一个账户</translation>
    </message>
    <message>
        <source>After an account&apos;s equity went negative its withdrawals and outbound transfers wait a number of blocks of its venue&apos;s chain (dYdX: 50), re-armed while it stays negative</source>
        <translation>账户权益转负后，其提款和转出需等待其交易场所所在链的若干区块（dYdX：50），权益保持为负时重新计时</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>(AC + unrealized PnL) / MR; below 1 the account is liquidatable</source>
        <translation>(AC + 未实现盈亏) / MR；低于 1 时账户可被清算</translation>
    </message>
    <message>
        <source>To liquidation</source>
        <translation>距清算</translation>
    </message>
    <message>
        <source>The uniform fall of all non-stable prices that brings health to 1</source>
        <translation>使健康度降到 1 的所有非稳定币价格的统一跌幅</translation>
    </message>
    <message>
        <source>Liquidation price</source>
        <translation>清算价格</translation>
    </message>
    <message>
        <source>Price of the dominant asset at which health is 1, other prices unchanged</source>
        <translation>主导资产使健康度为 1 的价格，其他价格不变</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Σ amount × price + unrealized PnL − debt; below 0 is bad debt</source>
        <translation>Σ 数量 × 价格 + 未实现盈亏 − 债务；低于 0 即为坏账</translation>
    </message>
    <message>
        <source>Free collateral</source>
        <translation>可用抵押品</translation>
    </message>
    <message>
        <source>AC + PnL − (debt + Σ |size| × mark × IMR): what may be withdrawn or moved</source>
        <translation>AC + 盈亏 − (债务 + Σ |规模| × 标记价 × IMR)：可提取或转移的部分</translation>
    </message>
    <message>
        <source>Max leverage</source>
        <translation>最大杠杆</translation>
    </message>
    <message>
        <source>1 / IMR, IMR = MMR / 0.6, MMR = max(floor, z·σ·sqrt(T_liq / 1y))</source>
        <translation>1 / IMR，IMR = MMR / 0.6，MMR = max(下限, z·σ·sqrt(T_liq / 1年))</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>保证金要求</translation>
    </message>
    <message>
        <source>MR = debt + Σ |size| × mark × MMR</source>
        <translation>MR = 债务 + Σ |规模| × 标记价 × MMR</translation>
    </message>
    <message>
        <source>Adjusted collateral</source>
        <translation>调整后抵押品</translation>
    </message>
    <message>
        <source>AC = Σ amount × price × (1 − haircut), each route&apos;s claims counted up to its isolation cap</source>
        <translation>AC = Σ 数量 × 价格 × (1 − 折扣)，每条路由的凭证按其隔离上限计入</translation>
    </message>
    <message>
        <source>Unrealized PnL</source>
        <translation>未实现盈亏</translation>
    </message>
    <message>
        <source>Σ size × (mark − entry)</source>
        <translation>Σ 规模 × (标记价 − 开仓价)</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假如</translation>
    </message>
    <message>
        <source>Moves one price by the slider&apos;s percent and recomputes health = (AC + U) / MR with the haircuts as they are: holdings and debts of the asset scale, positions are marked at the moved price (PnL and MMR × notional)</source>
        <translation>按滑块的百分比移动一个价格，并在折扣不变的情况下重新计算健康度 = (AC + U) / MR：该资产的持仓和债务按比例变化，仓位按移动后的价格标记（盈亏及 MMR × 名义价值）</translation>
    </message>
    <message>
        <source>Holdings and haircuts</source>
        <translation>持仓与折扣</translation>
    </message>
    <message>
        <source>Each holding&apos;s value and its haircut h = 1 − (1 − h_vol)(1 − h_lat)(1 − h_oracle)(1 − h_route)</source>
        <translation>每项持仓的价值及其折扣 h = 1 − (1 − h_vol)(1 − h_lat)(1 − h_oracle)(1 − h_route)</translation>
    </message>
    <message>
        <source>Debts and positions</source>
        <translation>债务与仓位</translation>
    </message>
    <message>
        <source>Health = (AC + U) / MR over the session, sampled every 10 simulated seconds at most; the red line is 1 (liquidatable), the amber 1.25 (the agent&apos;s warning)</source>
        <translation>会话中的健康度 = (AC + U) / MR，最多每 10 个模拟秒采样一次；红线为 1（可清算），琥珀线为 1.25（代理的警告线）</translation>
    </message>
    <message>
        <source>Health history</source>
        <translation>健康度历史</translation>
    </message>
    <message>
        <source>%1 %2 → health %3%4</source>
        <translation>%1 %2 → 健康度 %3%4</translation>
    </message>
    <message>
        <source> liquidatable</source>
        <translation> 可清算</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Withdrawals held: %1</source>
        <translation>提款暂停：%1</translation>
    </message>
    <message>
        <source>  liquidatable</source>
        <translation>  可清算</translation>
    </message>
    <message>
        <source>below 1 now</source>
        <translation>现已低于 1</translation>
    </message>
    <message>
        <source>no fall liquidates</source>
        <translation>任何跌幅都不会触发清算</translation>
    </message>
    <message>
        <source> fall</source>
        <translation> 跌幅</translation>
    </message>
    <message>
        <source>%1 at %2 restores 1</source>
        <translation>%1 在 %2 时恢复到 1</translation>
    </message>
    <message>
        <source>%1 (caps −%2)</source>
        <translation>%1（上限 −%2）</translation>
    </message>
    <message>
        <source>No health to draw yet: the history fills as the market runs</source>
        <translation>尚无健康度可绘制：市场运行后历史会逐渐填充</translation>
    </message>
</context>
<context>
    <name>cm::ui::AccountsModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>抵押品</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>保证金要求</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Liquidatable</source>
        <translation>可清算</translation>
    </message>
    <message>
        <source>To liquidation</source>
        <translation>距清算</translation>
    </message>
    <message>
        <source>Max lev.</source>
        <translation>最大杠杆</translation>
    </message>
    <message>
        <source>Σ amount × price over every chain</source>
        <translation>所有链上的 Σ 数量 × 价格</translation>
    </message>
    <message>
        <source>AC = Σ amount × price × (1 − haircut); the haircut grows with the time the collateral needs to settle where it is owed</source>
        <translation>AC = Σ 数量 × 价格 × (1 − 折扣)；折扣随抵押品结算到债务所在地所需的时间增长</translation>
    </message>
    <message>
        <source>MR = debt + Σ |size| × mark × MMR</source>
        <translation>MR = 债务 + Σ |规模| × 标记价 × MMR</translation>
    </message>
    <message>
        <source>(AC + unrealized PnL) / MR; below 1 the account is liquidatable</source>
        <translation>(AC + 未实现盈亏) / MR；低于 1 时账户可被清算</translation>
    </message>
    <message>
        <source>Uniform fall of all non-stable prices that brings health to 1</source>
        <translation>使健康度降到 1 的所有非稳定币价格的统一跌幅</translation>
    </message>
    <message>
        <source>1 / IMR of the account&apos;s exposure, IMR = MMR / 0.6</source>
        <translation>账户敞口的 1 / IMR，IMR = MMR / 0.6</translation>
    </message>
    <message>
        <source>The account; double-click a row to follow it in the account panel</source>
        <translation>账户；双击一行可在账户面板中跟踪它</translation>
    </message>
    <message>
        <source>Who owns it</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Σ debt × price over every chain</source>
        <translation>所有链上的 Σ 债务 × 价格</translation>
    </message>
    <message>
        <source>Health below 1: keepers may liquidate it</source>
        <translation>健康度低于 1：清算人可对其清算</translation>
    </message>
    <message>
        <source>The chains where it holds collateral</source>
        <translation>持有抵押品的链</translation>
    </message>
    <message>
        <source>trader, lender, market maker or treasury</source>
        <translation>交易员、出借人、做市商或资金库</translation>
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
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>✗ does not verify</source>
        <translation>✗ 验证失败</translation>
    </message>
    <message>
        <source>Ed25519 signature of the entry&apos;s hash by key %1</source>
        <translation>该条目哈希的 Ed25519 签名，密钥 %1</translation>
    </message>
    <message>
        <source>Recorded without an operator key (a headless run)</source>
        <translation>记录时没有操作员密钥（无界面运行）</translation>
    </message>
    <message>
        <source>The signature does not verify against key %1: the entry was altered</source>
        <translation>签名与密钥 %1 不符：该条目已被篡改</translation>
    </message>
    <message>
        <source>The journal event this decision caused</source>
        <translation>此决定引发的日志事件</translation>
    </message>
    <message>
        <source>The audit entry&apos;s number in the journal</source>
        <translation>该审计条目在日志中的编号</translation>
    </message>
    <message>
        <source>When the decision was recorded: the wall clock, UTC (its event carries the simulated time)</source>
        <translation>决定被记录的时间：真实时钟，UTC（其事件带有模拟时间）</translation>
    </message>
    <message>
        <source>Who decided, as signed</source>
        <translation>签名的决定人</translation>
    </message>
    <message>
        <source>The decision: approve, reject, freeze, policy, operator…</source>
        <translation>决定：批准、拒绝、冻结、策略、操作员…</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>所涉及的内容</translation>
    </message>
    <message>
        <source>Ed25519 over the entry&apos;s hash, checked against the operator&apos;s key</source>
        <translation>对条目哈希的 Ed25519 签名，用操作员的密钥验证</translation>
    </message>
</context>
<context>
    <name>cm::ui::AuditLogPanel</name>
    <message>
        <source>Verify now</source>
        <translation>立即验证</translation>
    </message>
    <message>
        <source>Recompute the hash chain of every event and audit entry and check every signature</source>
        <translation>重新计算每个事件和审计条目的哈希链并检查每个签名</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>正在验证日志…</translation>
    </message>
    <message>
        <source>&lt;b&gt;New journal&lt;/b&gt;: every event and decision is chained as it is written</source>
        <translation>&lt;b&gt;新日志&lt;/b&gt;：每个事件和决定在写入时即被链接</translation>
    </message>
    <message>
        <source>No journal: decisions are not recorded</source>
        <translation>无日志：决定不会被记录</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%4&apos;&gt;Chain broken at %1&lt;/b&gt;: %2 (checked %3 UTC)</source>
        <translation>&lt;b style=&apos;color:%4&apos;&gt;哈希链在 %1 处断裂&lt;/b&gt;：%2（检查于 %3 UTC）</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%6&apos;&gt;Chain verified&lt;/b&gt;: %1 events, %2 audit entries, %3 valid signatures, %4 unsigned (checked %5 UTC)</source>
        <translation>&lt;b style=&apos;color:%6&apos;&gt;哈希链已验证&lt;/b&gt;：%1 个事件，%2 条审计条目，%3 个有效签名，%4 个未签名（检查于 %5 UTC）</translation>
    </message>
    <message>
        <source>Filter by operator, decision or details…</source>
        <translation>按操作员、决定或详情筛选…</translation>
    </message>
</context>
<context>
    <name>cm::ui::BridgePanel</name>
    <message>
        <source>Wormhole&apos;s governor per chain: USD sent out in the last 24 h against the daily limit; past the headroom, or at the big-transaction size, a transfer waits up to 24 h</source>
        <translation>Wormhole 各链的治理器：过去 24 小时流出的美元对比每日限额；超过余量或达到大额交易规模时，转账最多等待 24 小时</translation>
    </message>
    <message>
        <source>frozen from the console</source>
        <translation>由控制台冻结</translation>
    </message>
    <message>
        <source>Freeze route</source>
        <translation>冻结路由</translation>
    </message>
    <message>
        <source>Unfreeze route</source>
        <translation>解冻路由</translation>
    </message>
    <message>
        <source>Release now</source>
        <translation>立即放行</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source> · %1 queued, next release in %2</source>
        <translation> · %1 笔排队，下次放行于 %2 后</translation>
    </message>
    <message>
        <source>CRITICAL — %1</source>
        <translation>严重 — %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>In flight only</source>
        <translation>仅显示在途</translation>
    </message>
    <message>
        <source>Show only transfers on their way (queued, locked, attested, relayed), not the settled ones</source>
        <translation>只显示在途的转账（排队、锁定、已证明、已中继），不显示已结算的</translation>
    </message>
    <message>
        <source>Wormhole&apos;s governor per chain: the share of the daily limit sent out in the last 24 h; past the headroom, or at the big-transaction size, a transfer waits up to 24 h. Beside each bar: the headroom left, the transfers queued and the countdown to the next release.</source>
        <translation>Wormhole 各链的治理器：过去 24 小时流出占每日限额的比例；超过余量或达到大额交易规模时，转账最多等待 24 小时。每个条形旁：剩余余量、排队的转账以及距下次放行的倒计时。</translation>
    </message>
    <message>
        <source>Routes: %1 · &lt;b&gt;%2 frozen&lt;/b&gt; · %3 weak · transfers in flight: %4 (%5), %6 queued</source>
        <translation>路由：%1 · &lt;b&gt;%2 条已冻结&lt;/b&gt; · %3 条弱 · 在途转账：%4（%5），%6 笔排队</translation>
    </message>
    <message>
        <source>no governor</source>
        <translation>无治理器</translation>
    </message>
    <message>
        <source>%1 of %2 · headroom %3</source>
        <translation>%1 / %2 · 余量 %3</translation>
    </message>
    <message>
        <source>% of the daily limit used (24 h)</source>
        <translation>已用每日限额 %（24 小时）</translation>
    </message>
    <message>
        <source>Filter routes and transfers…</source>
        <translation>筛选路由和转账…</translation>
    </message>
</context>
<context>
    <name>cm::ui::ChainCollateralChart</name>
    <message>
        <source>Collateral by chain</source>
        <translation>各链抵押品</translation>
    </message>
</context>
<context>
    <name>cm::ui::ChainsModel</name>
    <message>
        <source>Finalized: %1</source>
        <translation>已最终确认：%1</translation>
    </message>
    <message>
        <source>How far finality trails the head; the chain&apos;s own finality is %1. What sits on a lagging chain is haircut for the wait.</source>
        <translation>最终确认落后链头的程度；该链自身的最终确认时间为 %1。位于滞后链上的资产会因等待而被折扣。</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>抵押品</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Liquidatable</source>
        <translation>可清算</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>出块</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Finality lag</source>
        <translation>最终确认延迟</translation>
    </message>
    <message>
        <source>The chain (its id in the tooltip)</source>
        <translation>链（其 ID 见提示）</translation>
    </message>
    <message>
        <source>live, degraded (slower to settle, haircut more) or halted (nothing settles until it resumes)</source>
        <translation>正常、降级（结算更慢、折扣更高）或暂停（恢复前不结算）</translation>
    </message>
    <message>
        <source>The head block, and the finalized one in the tooltip</source>
        <translation>链头区块，已最终确认的区块见提示</translation>
    </message>
    <message>
        <source>How far finality trails the head; a halt adds its whole length</source>
        <translation>最终确认落后链头的程度；暂停会加上其全部时长</translation>
    </message>
    <message>
        <source>Σ amount × price of every holding on this chain, claims included</source>
        <translation>此链上每项持仓的 Σ 数量 × 价格，含凭证</translation>
    </message>
    <message>
        <source>Accounts with collateral on this chain</source>
        <translation>在此链上持有抵押品的账户</translation>
    </message>
    <message>
        <source>Of those, how many are below health 1</source>
        <translation>其中健康度低于 1 的数量</translation>
    </message>
    <message>
        <source>The chain&apos;s block time</source>
        <translation>该链的出块时间</translation>
    </message>
</context>
<context>
    <name>cm::ui::CollateralMapPanel</name>
    <message>
        <source>Collateral: Σ amount × price of every holding. Claims minted: a route&apos;s claims outstanding × price; backing = locked ÷ minted. Flow: transfers requested over the route in the last 24 simulated hours, both ways, not refused or dropped.</source>
        <translation>抵押品：每项持仓的 Σ 数量 × 价格。已铸造凭证：路由未偿凭证 × 价格；支持率 = 锁定 ÷ 铸造。流量：过去 24 个模拟小时内经该路由请求的双向转账，不含被拒绝或丢弃的。</translation>
    </message>
    <message>
        <source>Collateral value by chain (columns) and asset (rows), Σ amount × price; bridged claims count on the chain they sit on. Click a cell to show that chain&apos;s accounts.</source>
        <translation>按链（列）和资产（行）的抵押品价值，Σ 数量 × 价格；跨链凭证计入其所在的链。点击单元格可显示该链的账户。</translation>
    </message>
    <message>
        <source>Collateral %1 on %2 chains · claims minted %3 on %4 routes, backed %5 · flow in the last 24 h %6 · %7 routes frozen</source>
        <translation>抵押品 %1，分布于 %2 条链 · 已铸造凭证 %3，分布于 %4 条路由，支持率 %5 · 过去 24 小时流量 %6 · %7 条路由已冻结</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>%1 (%2): locked %3, minted %4, backed %5, 24 h flow %6%7</source>
        <translation>%1（%2）：锁定 %3，铸造 %4，支持率 %5，24 小时流量 %6%7</translation>
    </message>
    <message>
        <source>, frozen</source>
        <translation>，已冻结</translation>
    </message>
    <message>
        <source>%1 (%2): collateral %3 held by %4 accounts, %5 liquidatable. Click to show them.</source>
        <translation>%1（%2）：%4 个账户持有抵押品 %3，其中 %5 个可清算。点击查看。</translation>
    </message>
    <message>
        <source>%1 → %2: locked %3, claims minted %4, 24 h flow %5
%6</source>
        <translation>%1 → %2：锁定 %3，已铸造凭证 %4，24 小时流量 %5
%6</translation>
    </message>
    <message>
        <source>Chains (sized by their collateral, coloured by status) and routes from the vault&apos;s chain to the claims&apos; chain: width ∝ √(claims minted), orange when a vault backs less than its claims, red dashed when frozen. Labels: claims minted · 24 h flow.</source>
        <translation>链（大小按其抵押品，颜色按状态）以及从金库所在链到凭证所在链的路由：宽度 ∝ √(已铸造凭证)，金库支持不足时为橙色，冻结时为红色虚线。标签：已铸造凭证 · 24 小时流量。</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4 of the chain&apos;s collateral)</source>
        <translation>%1 在 %2 上：%3（占该链抵押品的 %4）</translation>
    </message>
</context>
<context>
    <name>cm::ui::EngineClient</name>
    <message>
        <source>Not journaled: nothing of this session is kept</source>
        <translation>无日志：本次会话不会保留任何内容</translation>
    </message>
    <message>
        <source>New session, journaled to %1</source>
        <translation>新会话，日志写入 %1</translation>
    </message>
    <message>
        <source>Restored %1 events from %2: snapshot at event %3 plus %4 later events, in %5 ms</source>
        <translation>已从 %2 恢复 %1 个事件：事件 %3 处的快照加上之后的 %4 个事件，用时 %5 毫秒</translation>
    </message>
</context>
<context>
    <name>cm::ui::HoldingsModel</name>
    <message>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>Minted by route %1</source>
        <translation>经路由 %1 铸造</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2，价格 %3</translation>
    </message>
    <message>
        <source>h = min(1, volatility + latency + oracle + route)</source>
        <translation>h = min(1, 波动率 + 延迟 + 预言机 + 路由)</translation>
    </message>
    <message>
        <source>max(1 − LT, z·σ·sqrt(T_liq / 1y)): what the asset costs where it is used</source>
        <translation>max(1 − LT, z·σ·sqrt(T_liq / 1年))：该资产在使用地的成本</translation>
    </message>
    <message>
        <source>z·σ·(sqrt(T / 1y) − sqrt(T_liq / 1y)): price risk while it settles where it is owed</source>
        <translation>z·σ·(sqrt(T / 1年) − sqrt(T_liq / 1年))：结算到债务所在地期间的价格风险</translation>
    </message>
    <message>
        <source>Divergence past 2 %, plus z·σ·sqrt(age) while the oracle is stale</source>
        <translation>偏离超过 2 %，预言机过期时再加 z·σ·sqrt(时长)</translation>
    </message>
    <message>
        <source>The route&apos;s trust add-on plus any under-backing (1 − locked / minted)</source>
        <translation>路由的信任附加项加上任何支持不足 (1 − 锁定 / 铸造)</translation>
    </message>
    <message>
        <source>T = T_liq + finality of the chain + worst route latency to where it is owed</source>
        <translation>T = T_liq + 链的最终确认时间 + 到债务所在地的最差路由延迟</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Vol.</source>
        <translation>波动</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>预言机</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>The chain the holding sits on</source>
        <translation>持仓所在的链</translation>
    </message>
    <message>
        <source>The asset; &quot;(claim)&quot; when it is a bridged claim minted by a route</source>
        <translation>资产；跨链凭证（由路由铸造）标记为 &quot;(claim)&quot;</translation>
    </message>
    <message>
        <source>amount × oracle price</source>
        <translation>数量 × 预言机价格</translation>
    </message>
</context>
<context>
    <name>cm::ui::LiquidationPanel</name>
    <message>
        <source>Filter by account, state, chain or keeper…</source>
        <translation>按账户、状态、链或清算人筛选…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Bad debt and deleveraging</source>
        <translation>坏账与去杠杆</translation>
    </message>
    <message>
        <source>Insurance fund</source>
        <translation>保险基金</translation>
    </message>
    <message>
        <source>cancelled from the console</source>
        <translation>由控制台取消</translation>
    </message>
    <message>
        <source>Approve liquidation</source>
        <translation>批准清算</translation>
    </message>
    <message>
        <source>Cancel liquidation</source>
        <translation>取消清算</translation>
    </message>
    <message>
        <source>Bad debt and deleveraging (%1)</source>
        <translation>坏账与去杠杆（%1）</translation>
    </message>
    <message>
        <source>%1 open · %2 blocked · insurance fund %3 · bad debt %4 (deleveraged %5, socialized %6) · %7 held</source>
        <translation>%1 个未结 · %2 个受阻 · 保险基金 %3 · 坏账 %4（去杠杆 %5，社会化 %6）· %7 个暂停</translation>
    </message>
    <message>
        <source>Liquidation is off in this world (its &quot;liquidation&quot; settings turn it on)</source>
        <translation>此世界未开启清算（其 &quot;liquidation&quot; 设置可开启）</translation>
    </message>
    <message>
        <source>No account is held</source>
        <translation>没有账户被暂停</translation>
    </message>
    <message>
        <source>Withdrawals and transfers wait after negative equity (dYdX):
</source>
        <translation>权益为负后提款和转账需等待 (dYdX)：
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
        <translation>账户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>平仓</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>清算人</translation>
    </message>
    <message>
        <source>ETA (UTC)</source>
        <translation>预计时间 (UTC)</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>已偿还</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>已没收</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>坏账</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>仓位 %1</translation>
    </message>
    <message>
        <source>debt %1</source>
        <translation>债务 %1</translation>
    </message>
    <message>
        <source>MR − (AC + U): what the account lacks to be at health 1, when it was last looked at</source>
        <translation>MR − (AC + U)：账户距健康度 1 的差额，按最近一次检查</translation>
    </message>
    <message>
        <source>Collateral seized, at the price when it reached the keeper (on another chain: when it arrived)</source>
        <translation>被没收的抵押品，按到达清算人时的价格（在其他链上：按到达时）</translation>
    </message>
    <message>
        <source>What the keeper closes: the largest debt (repaid, collateral seized with its bonus), or the largest perpetual position (10 % at a time for a 1.5 % penalty; a bankrupt account&apos;s all at once)</source>
        <translation>清算人平仓的对象：最大的债务（偿还并连同奖励没收抵押品），或最大的永续仓位（每次 10 %，罚金 1.5 %；破产账户一次全部平仓）</translation>
    </message>
    <message>
        <source>The queue item</source>
        <translation>队列条目</translation>
    </message>
    <message>
        <source>The account being liquidated</source>
        <translation>被清算的账户</translation>
    </message>
    <message>
        <source>queued, blocked (waiting for an approval, a price or its chain), executing, done, cancelled or written off</source>
        <translation>排队、受阻（等待批准、价格或其链）、执行中、完成、已取消或已核销</translation>
    </message>
    <message>
        <source>What the keeper closes: the largest debt or the largest perpetual position</source>
        <translation>清算人平仓的对象：最大的债务或最大的永续仓位</translation>
    </message>
    <message>
        <source>MR − (AC + U): what the account lacks to be at health 1</source>
        <translation>MR − (AC + U)：账户距健康度 1 的差额</translation>
    </message>
    <message>
        <source>(AC + U) / MR when it was last looked at</source>
        <translation>最近一次检查时的 (AC + U) / MR</translation>
    </message>
    <message>
        <source>The chain the keeper acts on</source>
        <translation>清算人操作的链</translation>
    </message>
    <message>
        <source>The keeper that took it</source>
        <translation>接手的清算人</translation>
    </message>
    <message>
        <source>When the keeper&apos;s transaction is final on its chain</source>
        <translation>清算人交易在其链上最终确认的时间</translation>
    </message>
    <message>
        <source>Debt repaid, or position notional closed, USD</source>
        <translation>已偿还债务或已平仓的名义价值，美元</translation>
    </message>
    <message>
        <source>Collateral seized with the liquidation bonus, at the price when it reached the keeper</source>
        <translation>连同清算奖励没收的抵押品，按到达清算人时的价格</translation>
    </message>
    <message>
        <source>Debt left when no collateral remains: paid by the insurance fund, then deleveraging, then socialized</source>
        <translation>无抵押品时剩余的债务：先由保险基金支付，再去杠杆，最后社会化</translation>
    </message>
    <message>
        <source>Why it is blocked or how it ended</source>
        <translation>受阻原因或结束方式</translation>
    </message>
</context>
<context>
    <name>cm::ui::LossLedgerModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Fund paid</source>
        <translation>基金支付</translation>
    </message>
    <message>
        <source>Deleveraged</source>
        <translation>去杠杆</translation>
    </message>
    <message>
        <source>Socialized</source>
        <translation>社会化</translation>
    </message>
    <message>
        <source>Bankruptcy price</source>
        <translation>破产价格</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>deleveraged</source>
        <translation>去杠杆</translation>
    </message>
    <message>
        <source>bad debt</source>
        <translation>坏账</translation>
    </message>
    <message>
        <source>%1&apos;s position was closed against bankrupt %2 at its bankruptcy price, %3 worse than at the mark (auto-deleveraging, pro rata to the opposite positions)</source>
        <translation>%1 的仓位按破产账户 %2 的破产价格平仓，比标记价差 %3（自动去杠杆，按对手仓位比例）</translation>
    </message>
    <message>
        <source>%1 owed %2 with no collateral left: the insurance fund paid %3, deleveraging took %4, %5 was socialized</source>
        <translation>%1 欠 %2 且无剩余抵押品：保险基金支付 %3，去杠杆承担 %4，%5 被社会化</translation>
    </message>
    <message>
        <source>Simulated time (UTC)</source>
        <translation>模拟时间 (UTC)</translation>
    </message>
    <message>
        <source>The bankrupt account, or the one deleveraged against it</source>
        <translation>破产账户，或被去杠杆的对手账户</translation>
    </message>
    <message>
        <source>bad debt (owed with no collateral left) or deleveraged (a position closed against a bankrupt one)</source>
        <translation>坏账（无剩余抵押品的欠款）或去杠杆（对破产账户平掉的仓位）</translation>
    </message>
    <message>
        <source>The asset owed or the market closed</source>
        <translation>所欠资产或被平仓的市场</translation>
    </message>
    <message>
        <source>Token units owed, or the position size closed</source>
        <translation>所欠代币单位，或被平仓的仓位规模</translation>
    </message>
    <message>
        <source>USD lost: bad debt = debt − collateral left; deleveraging = size × |bankruptcy price − mark|</source>
        <translation>损失美元：坏账 = 债务 − 剩余抵押品；去杠杆 = 规模 × |破产价格 − 标记价|</translation>
    </message>
    <message>
        <source>What the insurance fund paid of it</source>
        <translation>保险基金为此支付的金额</translation>
    </message>
    <message>
        <source>What auto-deleveraging took from the opposite positions, pro rata</source>
        <translation>自动去杠杆按比例从对手仓位中承担的部分</translation>
    </message>
    <message>
        <source>What was left over, shared by every lender of the asset</source>
        <translation>剩余部分，由该资产的所有出借人分担</translation>
    </message>
    <message>
        <source>The bankruptcy price: where the account&apos;s equity is zero</source>
        <translation>破产价格：账户权益为零的价格</translation>
    </message>
    <message>
        <source>The bankrupt account a deleveraged position covered</source>
        <translation>被去杠杆仓位所覆盖的破产账户</translation>
    </message>
</context>
<context>
    <name>cm::ui::MainWindow</name>
    <message>
        <source>Clearmesh — cross-chain risk console</source>
        <translation>Clearmesh — 跨链风险控制台</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Collateral map</source>
        <translation>抵押品地图</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Oracles</source>
        <translation>预言机</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>清算</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>跨链桥</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>压力测试</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Who acts: every decision is recorded under this operator and checked against its role</source>
        <translation>谁在操作：每个决定都以该操作员的名义记录，并按其角色检查</translation>
    </message>
    <message>
        <source>The engine: running or paused, the speed (simulated seconds per wall second) and its rate (simulation steps per wall second)</source>
        <translation>引擎：运行或暂停、速度（每个真实秒对应的模拟秒）及其速率（每个真实秒的模拟步数）</translation>
    </message>
    <message>
        <source>The simulated clock (UTC), the world and the steps taken</source>
        <translation>模拟时钟 (UTC)、世界和已执行的步数</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or resume the simulated market (Space)</source>
        <translation>暂停或恢复模拟市场（空格）</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> 速度 </translation>
    </message>
    <message>
        <source>Simulated seconds per wall-clock second</source>
        <translation>每个真实秒对应的模拟秒数</translation>
    </message>
    <message>
        <source> Replay </source>
        <translation> 回放 </translation>
    </message>
    <message>
        <source>Replay a historical window on today&apos;s book: each asset moves as it did then</source>
        <translation>在当前账簿上回放一段历史窗口：每个资产按当时的方式变动</translation>
    </message>
    <message>
        <source>Live market</source>
        <translation>实时市场</translation>
    </message>
    <message>
        <source>Black Thursday 2020</source>
        <translation>2020 年黑色星期四</translation>
    </message>
    <message>
        <source>LUNA/UST May 2022</source>
        <translation>LUNA/UST 2022 年 5 月</translation>
    </message>
    <message>
        <source>FTX Nov 2022</source>
        <translation>FTX 2022 年 11 月</translation>
    </message>
    <message>
        <source>USDC depeg Mar 2023</source>
        <translation>USDC 脱锚 2023 年 3 月</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Who acts: sign in as another operator, or add one (admin)</source>
        <translation>谁在操作：切换为其他操作员登录，或添加一个（管理员）</translation>
    </message>
    <message>
        <source>Policy…</source>
        <translation>策略…</translation>
    </message>
    <message>
        <source>The approval policy: auto-approval, two approvers, the bound per period, expiry, the agent (admin)</source>
        <translation>审批策略：自动审批、双人审批、每期上限、过期时间、代理（管理员）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Filter the accounts</source>
        <translation>筛选账户</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>Forget the saved layout: the window, the splitters and the book&apos;s columns as they were at first</source>
        <translation>忘记已保存的布局：窗口、分隔条和账簿的列恢复到初始状态</translation>
    </message>
    <message>
        <source>Halt chain</source>
        <translation>暂停链</translation>
    </message>
    <message>
        <source>Degrade chain</source>
        <translation>降级链</translation>
    </message>
    <message>
        <source>Resume chain</source>
        <translation>恢复链</translation>
    </message>
    <message>
        <source>What sits on a halted or degraded chain waits longer to settle and is haircut for it</source>
        <translation>位于暂停或降级链上的资产需要更长时间结算，并因此被折扣</translation>
    </message>
    <message>
        <source>Read-only: %1. Nothing can be changed and the journal is kept as it is for inspection (clearmesh-cli verify --db shows the break); start with --new-session to work on.</source>
        <translation>只读：%1。无法进行任何更改，日志保持原样以供检查（clearmesh-cli verify --db 可显示断点）；使用 --new-session 启动以继续工作。</translation>
    </message>
    <message>
        <source>Filter by account, owner or chain…</source>
        <translation>按账户、所有者或链筛选…</translation>
    </message>
    <message>
        <source>Liquidatable only</source>
        <translation>仅可清算</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>健康度：</translation>
    </message>
    <message>
        <source>&lt; 1</source>
        <translation>&lt; 1</translation>
    </message>
    <message>
        <source>&lt; 1.10</source>
        <translation>&lt; 1.10</translation>
    </message>
    <message>
        <source>&lt; 1.25</source>
        <translation>&lt; 1.25</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%1 / %2 个账户</translation>
    </message>
    <message>
        <source>Collateral %1 · Requirement %2 · Liquidatable %3</source>
        <translation>抵押品 %1 · 保证金要求 %2 · 可清算 %3</translation>
    </message>
    <message>
        <source>Simulated time %1 UTC · %2 · step %3</source>
        <translation>模拟时间 %1 UTC · %2 · 第 %3 步</translation>
    </message>
    <message>
        <source>running at %1× · %2 steps/s</source>
        <translation>以 %1× 运行 · 每秒 %2 步</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Operator %1 (%2)</source>
        <translation>操作员 %1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>操作员：%1（%2）</translation>
    </message>
    <message>
        <source>not journaled</source>
        <translation>无日志</translation>
    </message>
    <message>
        <source>Journal: %1 events · %2 decisions</source>
        <translation>日志：%1 个事件 · %2 个决定</translation>
    </message>
    <message>
        <source>Journal (read-only): %1 events · %2 decisions</source>
        <translation>日志（只读）：%1 个事件 · %2 个决定</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>cm::ui::MoveDialog</name>
    <message>
        <source>Fill in the move to see its effect</source>
        <translation>填写转移以查看其影响</translation>
    </message>
    <message>
        <source>New collateral move</source>
        <translation>新的抵押品转移</translation>
    </message>
    <message>
        <source>account id</source>
        <translation>账户 ID</translation>
    </message>
    <message>
        <source>token units, e.g. 12.5</source>
        <translation>代币单位，例如 12.5</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>From chain</source>
        <translation>源链</translation>
    </message>
    <message>
        <source>To chain</source>
        <translation>目标链</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Over &lt;b&gt;%1&lt;/b&gt; (%2): %3 · cost %4 · ETA %5&lt;br&gt;Health %6 → &lt;b&gt;%7&lt;/b&gt; after arrival, %8 while it travels%9</source>
        <translation>经 &lt;b&gt;%1&lt;/b&gt;（%2）：%3 · 成本 %4 · 预计 %5&lt;br&gt;健康度 %6 → 到达后 &lt;b&gt;%7&lt;/b&gt;，途中 %8%9</translation>
    </message>
    <message>
        <source>burn and unlock</source>
        <translation>销毁并解锁</translation>
    </message>
    <message>
        <source>lock and mint</source>
        <translation>锁定并铸造</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%2&apos;&gt;Cannot be proposed: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%2&apos;&gt;无法提议：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Up to %1 %2 may leave now</source>
        <translation>现在最多可转出 %1 %2</translation>
    </message>
</context>
<context>
    <name>cm::ui::ObligationsModel</name>
    <message>
        <source>debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>short</source>
        <translation>空头</translation>
    </message>
    <message>
        <source>long</source>
        <translation>多头</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Venue / chain</source>
        <translation>交易场所 / 链</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Amount / size</source>
        <translation>数量 / 规模</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>开仓价</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记价</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>PnL</source>
        <translation>盈亏</translation>
    </message>
    <message>
        <source>MMR</source>
        <translation>MMR</translation>
    </message>
    <message>
        <source>debt, long or short</source>
        <translation>债务、多头或空头</translation>
    </message>
    <message>
        <source>The chain a debt is owed on, or the perpetual venue and its chain</source>
        <translation>债务所在的链，或永续合约交易场所及其链</translation>
    </message>
    <message>
        <source>The asset owed or the market</source>
        <translation>所欠资产或市场</translation>
    </message>
    <message>
        <source>Debt in token units, or the position size (negative: short)</source>
        <translation>债务的代币单位，或仓位规模（负数：空头）</translation>
    </message>
    <message>
        <source>The position&apos;s entry price</source>
        <translation>仓位的开仓价</translation>
    </message>
    <message>
        <source>The mark price: the oracle aggregate</source>
        <translation>标记价：预言机聚合价</translation>
    </message>
    <message>
        <source>Debt × price, or the position&apos;s notional |size| × mark</source>
        <translation>债务 × 价格，或仓位名义价值 |规模| × 标记价</translation>
    </message>
    <message>
        <source>Unrealized PnL = size × (mark − entry)</source>
        <translation>未实现盈亏 = 规模 × (标记价 − 开仓价)</translation>
    </message>
    <message>
        <source>Maintenance margin rate: max(floor, z·σ·sqrt(T_liq / 1y)); the requirement adds |size| × mark × MMR</source>
        <translation>维持保证金率：max(下限, z·σ·sqrt(T_liq / 1年))；保证金要求加上 |规模| × 标记价 × MMR</translation>
    </message>
</context>
<context>
    <name>cm::ui::OperatorDialog</name>
    <message>
        <source>Switch operator</source>
        <translation>切换操作员</translation>
    </message>
    <message>
        <source>Acting as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>当前身份 &lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>No operator profiles yet: every decision is the local operator&apos;s. Add the first one, an admin, to enforce roles.</source>
        <translation>尚无操作员档案：每个决定都属于本地操作员。添加第一个（管理员）以启用角色控制。</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>新操作员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Passphrase (8+)</source>
        <translation>口令（8 位以上）</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>The passphrases differ or are shorter than 8</source>
        <translation>两次口令不一致或少于 8 位</translation>
    </message>
</context>
<context>
    <name>cm::ui::OraclesModel</name>
    <message>
        <source>%1 of %2 fresh</source>
        <translation>%2 个中 %1 个新鲜</translation>
    </message>
    <message>
        <source>(max − min) / median over fresh sources; above 2 % degraded (the haircut grows), above 10 % broken</source>
        <translation>(max − min) / 新鲜来源的中位数；超过 2 % 降级（折扣增大），超过 10 % 失效</translation>
    </message>
    <message>
        <source>EWMA of the aggregate&apos;s moves, λ = 0.94 a day, annualized</source>
        <translation>聚合价格变动的 EWMA，每天 λ = 0.94，年化</translation>
    </message>
    <message>
        <source>1 / IMR: IMR = MMR / 0.6, MMR = max(floor, z·σ·sqrt(T_liq / 1y)); falls as volatility rises</source>
        <translation>1 / IMR：IMR = MMR / 0.6，MMR = max(下限, z·σ·sqrt(T_liq / 1年))；波动率上升时下降</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>聚合价</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>波动率</translation>
    </message>
    <message>
        <source>Max lev.</source>
        <translation>最大杠杆</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>偏离</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation>最近拒绝</translation>
    </message>
    <message>
        <source>The asset (its sources in the tooltip)</source>
        <translation>资产（其来源见提示）</translation>
    </message>
    <message>
        <source>The aggregate margin uses: the median of the fresh sources</source>
        <translation>保证金使用的聚合价：新鲜来源的中位数</translation>
    </message>
    <message>
        <source>Aggregate ÷ the world&apos;s start price − 1</source>
        <translation>聚合价 ÷ 世界起始价格 − 1</translation>
    </message>
    <message>
        <source>σ: EWMA of the aggregate&apos;s log moves, λ = 0.94 a day, annualized</source>
        <translation>σ：聚合价对数变动的 EWMA，每天 λ = 0.94，年化</translation>
    </message>
    <message>
        <source>1 / IMR, IMR = MMR / 0.6, MMR = max(floor, z·σ·sqrt(T_liq / 1y))</source>
        <translation>1 / IMR，IMR = MMR / 0.6，MMR = max(下限, z·σ·sqrt(T_liq / 1年))</translation>
    </message>
    <message>
        <source>Sources younger than the freshness limit, of all</source>
        <translation>新鲜度上限内的来源数 / 全部来源数</translation>
    </message>
    <message>
        <source>(max − min) / median over the fresh sources; above 2 % degraded, above 10 % broken</source>
        <translation>(max − min) / 新鲜来源的中位数；超过 2 % 降级，超过 10 % 失效</translation>
    </message>
    <message>
        <source>ok, degraded (divergence), broken (divergence past the halt limit) or stale (no fresh source)</source>
        <translation>正常、降级（偏离）、失效（偏离超过暂停上限）或过期（无新鲜来源）</translation>
    </message>
    <message>
        <source>Prices refused over all its sources: not finite, not positive, or a jump past the outlier limit</source>
        <translation>所有来源中被拒绝的价格：非有限值、非正值或跳变超过异常上限</translation>
    </message>
    <message>
        <source>The latest refusal: source and reason</source>
        <translation>最近一次拒绝：来源与原因</translation>
    </message>
</context>
<context>
    <name>cm::ui::OraclesPanel</name>
    <message>
        <source>Divergence = (max − min) / median of the fresh sources&apos; prices, per asset over the session; above the amber line the asset is degraded (its haircut grows), above the red one broken (liquidations that depend on it wait)</source>
        <translation>偏离 = (max − min) / 新鲜来源价格的中位数，按资产显示整个会话；高于琥珀线资产被降级（折扣增大），高于红线则失效（依赖它的清算需等待）</translation>
    </message>
    <message>
        <source>The selected asset&apos;s sources: each one&apos;s price against the aggregate (the median of the fresh ones), in basis points; a grey bar is stale (older than the freshness limit) and left out of the aggregate. Labels: the source&apos;s age.</source>
        <translation>所选资产的各来源：每个来源价格相对聚合价（新鲜来源的中位数）的偏离，单位为基点；灰色柱表示已过期（超过新鲜度上限），不计入聚合价。标签：来源的时长。</translation>
    </message>
    <message>
        <source>divergence, %</source>
        <translation>偏离，%</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 vs aggregate, bp</source>
        <translation>%1 相对聚合价，基点</translation>
    </message>
</context>
<context>
    <name>cm::ui::OverviewPanel</name>
    <message>
        <source>Collateral: Σ amount × price of every holding. Requirement: MR = debts + Σ |size| × mark × MMR. At risk: accounts under health 1.25 (health = (AC + U) / MR). The insurance fund pays bad debt before deleveraging.</source>
        <translation>抵押品：每项持仓的 Σ 数量 × 价格。保证金要求：MR = 债务 + Σ |规模| × 标记价 × MMR。风险账户：健康度低于 1.25 的账户（健康度 = (AC + U) / MR）。保险基金在去杠杆之前支付坏账。</translation>
    </message>
    <message>
        <source>Accounts by health = (AC + U) / MR; below 1 an account can be liquidated</source>
        <translation>按健康度 = (AC + U) / MR 分布的账户；低于 1 的账户可被清算</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>What the bridges&apos; guards saw: forged or unbacked messages, frozen routes, governor queues</source>
        <translation>跨链桥守卫发现的情况：伪造或无支持的消息、冻结的路由、治理器队列</translation>
    </message>
    <message>
        <source>height %1 · finality lag %2
collateral %3 · %4 accounts (%5 liquidatable)
claims minted %6 · backing %7</source>
        <translation>高度 %1 · 最终确认延迟 %2
抵押品 %3 · %4 个账户（%5 个可清算）
已铸造凭证 %6 · 支持率 %7</translation>
    </message>
    <message>
        <source>Finality lag: how far finality trails the head (a halt adds its whole length). Backing: the vaults&apos; locked value over the claims minted on this chain; under 100 % a claim is not fully redeemable and is haircut for it.</source>
        <translation>最终确认延迟：最终确认落后链头的程度（暂停会加上其全部时长）。支持率：金库锁定价值除以在此链上铸造的凭证；低于 100 % 时凭证无法全额赎回，并因此被折扣。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collateral&lt;/b&gt; %1 · &lt;b&gt;requirement&lt;/b&gt; %2 · &lt;b&gt;at risk&lt;/b&gt; %3 of %4 accounts (health &amp;lt; 1.25) · &lt;b&gt;insurance fund&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;抵押品&lt;/b&gt; %1 · &lt;b&gt;保证金要求&lt;/b&gt; %2 · &lt;b&gt;风险账户&lt;/b&gt; %3 / %4（健康度 &amp;lt; 1.25）· &lt;b&gt;保险基金&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>无警报</translation>
    </message>
</context>
<context>
    <name>cm::ui::PolicyDialog</name>
    <message>
        <source>Approval policy</source>
        <translation>审批策略</translation>
    </message>
    <message>
        <source>The agent proposes on its own clock</source>
        <translation>代理按自己的时钟提议</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A rebalance that lifts health by less is not worth a bridge transfer</source>
        <translation>健康度提升低于此值的再平衡不值得一次跨链转账</translation>
    </message>
    <message>
        <source>Warning health</source>
        <translation>警告健康度</translation>
    </message>
    <message>
        <source>Target health</source>
        <translation>目标健康度</translation>
    </message>
    <message>
        <source>Smallest health gain</source>
        <translation>最小健康度提升</translation>
    </message>
    <message>
        <source>Agent interval</source>
        <translation>代理间隔</translation>
    </message>
    <message>
        <source>Proposals per run</source>
        <translation>每次运行的提案数</translation>
    </message>
    <message>
        <source>Auto-approve below</source>
        <translation>低于此值自动审批</translation>
    </message>
    <message>
        <source>Two approvers from</source>
        <translation>从此值起需两人审批</translation>
    </message>
    <message>
        <source>Most executed per period</source>
        <translation>每期最多执行</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Pending proposals expire after</source>
        <translation>待处理提案过期时间</translation>
    </message>
    <message>
        <source>Changes are a signed audit entry.</source>
        <translation>更改会生成一条签名审计条目。</translation>
    </message>
    <message>
        <source>Only an admin may change the policy.</source>
        <translation>只有管理员可以更改策略。</translation>
    </message>
    <message>
        <source> Desk buffers: %1 (from the world&apos;s agent object).</source>
        <translation> 柜台缓冲：%1（来自世界的 agent 对象）。</translation>
    </message>
</context>
<context>
    <name>cm::ui::ProposalsModel</name>
    <message>
        <source>Health when proposed: (AC + U) / MR</source>
        <translation>提议时的健康度：(AC + U) / MR</translation>
    </message>
    <message>
        <source>Projected health once the collateral has arrived (measured, once done)</source>
        <translation>抵押品到达后的预计健康度（完成后为实测值）</translation>
    </message>
    <message>
        <source>Approvals given / needed: one risk officer who is not the proposer; two at or above the policy&apos;s big size</source>
        <translation>已获 / 所需批准：一名非提议人的风险官；达到策略的大额规模时需两名</translation>
    </message>
    <message>
        <source>Expected time from execution to arrival: the route&apos;s p99 latency plus a source block</source>
        <translation>从执行到到达的预计时间：路由的 p99 延迟加一个源链区块</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>→ after</source>
        <translation>→ 之后</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提议人</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>The proposal&apos;s number</source>
        <translation>提案编号</translation>
    </message>
    <message>
        <source>pending, approved, executing, executed, rejected, expired or failed</source>
        <translation>待处理、已批准、执行中、已执行、已拒绝、已过期或失败</translation>
    </message>
    <message>
        <source>rebalance (the agent&apos;s) or move (a desk&apos;s)</source>
        <translation>再平衡（代理的）或转移（柜台的）</translation>
    </message>
    <message>
        <source>The account whose collateral moves</source>
        <translation>抵押品被转移的账户</translation>
    </message>
    <message>
        <source>From chain → to chain, over the route</source>
        <translation>源链 → 目标链，经由路由</translation>
    </message>
    <message>
        <source>Token units moved</source>
        <translation>转移的代币单位</translation>
    </message>
    <message>
        <source>amount × oracle price when proposed</source>
        <translation>提议时的数量 × 预言机价格</translation>
    </message>
    <message>
        <source>Who proposed it: the agent or an operator</source>
        <translation>提议人：代理或操作员</translation>
    </message>
    <message>
        <source>When a pending proposal lapses (the policy&apos;s expiry)</source>
        <translation>待处理提案的失效时间（策略的过期时间）</translation>
    </message>
</context>
<context>
    <name>cm::ui::ProposalsPanel</name>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Filter by account, asset, chain or proposer…</source>
        <translation>按账户、资产、链或提议人筛选…</translation>
    </message>
    <message>
        <source>New move…</source>
        <translation>新转移…</translation>
    </message>
    <message>
        <source>Compose a collateral move (treasury, risk officer, admin): the core previews its health and cost</source>
        <translation>编写一次抵押品转移（资金、风险官、管理员）：核心预先显示其健康度和成本</translation>
    </message>
    <message>
        <source>Run agent</source>
        <translation>运行代理</translation>
    </message>
    <message>
        <source>Propose moves for every account under the warning health now (risk officer, admin)</source>
        <translation>立即为所有低于警告健康度的账户提议转移（风险官、管理员）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve the selected pending proposal (a risk officer who is not its proposer)</source>
        <translation>批准所选待处理提案（非其提议人的风险官）</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Reject the selected pending proposal, with a reason</source>
        <translation>拒绝所选待处理提案，需附理由</translation>
    </message>
    <message>
        <source>Select a proposal</source>
        <translation>选择一个提案</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>途中</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Health before, while the collateral travels (it counts on neither chain), projected after arrival, and measured once done. Red: 1 (liquidatable); orange: the agent&apos;s warning.</source>
        <translation>之前的健康度、抵押品在途时（不计入任何链）、到达后的预计值以及完成后的实测值。红色：1（可清算）；橙色：代理的警告线。</translation>
    </message>
    <message>
        <source>Every step: proposal, policy, approvals, the transfer&apos;s way through the bridge</source>
        <translation>每一步：提案、策略、批准、转账经过跨链桥的过程</translation>
    </message>
    <message>
        <source>Reject proposal %1</source>
        <translation>拒绝提案 %1</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>理由（必填）：</translation>
    </message>
    <message>
        <source>%1 pending · %2 executing · %3 executed of %4 allowed per %5 · auto-approval below %6 · two approvers from %7 · agent %8 · acting as %9 (%10)</source>
        <translation>%1 个待处理 · %2 个执行中 · 已执行 %3，每 %5 允许 %4 · 低于 %6 自动审批 · 从 %7 起需两人审批 · 代理 %8 · 当前身份 %9（%10）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt; · %3 %4 %5 from %6 to %7 over %8 (%9) · %10 · cost %11 · ETA %12&lt;br&gt;%13</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt; · %3 %4 %5 从 %6 到 %7，经 %8（%9）· %10 · 成本 %11 · 预计 %12&lt;br&gt;%13</translation>
    </message>
    <message>
        <source>burn and unlock</source>
        <translation>销毁并解锁</translation>
    </message>
    <message>
        <source>lock and mint</source>
        <translation>锁定并铸造</translation>
    </message>
    <message>
        <source>Proposed by %1 at %2 · approvals %3 of %4: %5%6</source>
        <translation>由 %1 于 %2 提议 · 批准 %3 / %4：%5%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> · expires %1</source>
        <translation> · 过期于 %1</translation>
    </message>
</context>
<context>
    <name>cm::ui::RoutesModel</name>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Minted</source>
        <translation>铸造</translation>
    </message>
    <message>
        <source>Backing</source>
        <translation>支持率</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Trust add-on</source>
        <translation>信任附加</translation>
    </message>
    <message>
        <source>Rate bucket</source>
        <translation>速率桶</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 of %2 · v%3</source>
        <translation>%2 中的 %1 · v%3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>weak set</source>
        <translation>弱验证集</translation>
    </message>
    <message>
        <source>live</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1 → %2: the vault on %1, the claims on %2</source>
        <translation>%1 → %2：金库在 %1，凭证在 %2</translation>
    </message>
    <message>
        <source>Added to the haircut of this route&apos;s claims: the route&apos;s own add-on, or its validator set&apos;s when weaker (1 − (colluding operators − 1) / (two-thirds supermajority − 1)); 100 % while frozen.%1</source>
        <translation>加到该路由凭证折扣上的部分：路由自身的附加项，或其验证者集合更弱时的附加项 (1 − (合谋操作员 − 1) / (三分之二多数 − 1))；冻结期间为 100 %。%1</translation>
    </message>
    <message>
        <source>Token bucket (CCIP): forward %1, back %2 of %3; a transfer larger than the tokens waits.</source>
        <translation>令牌桶 (CCIP)：正向 %1，反向 %2，容量 %3；大于令牌数的转账需等待。</translation>
    </message>
    <message>
        <source>Locked in the source vault / claims minted; the accountant keeps it at or above 100 %.</source>
        <translation>源金库锁定 / 已铸造凭证；记账器使其保持在 100 % 或以上。</translation>
    </message>
    <message>
        <source>Token units locked in the source chain&apos;s vault</source>
        <translation>源链金库中锁定的代币单位</translation>
    </message>
    <message>
        <source>Claims outstanding on the destination chain, token units</source>
        <translation>目标链上未偿的凭证，代币单位</translation>
    </message>
    <message>
        <source>Backing = locked ÷ minted; under 100 % a claim is haircut for the gap</source>
        <translation>支持率 = 锁定 ÷ 铸造；低于 100 % 时凭证按缺口被折扣</translation>
    </message>
    <message>
        <source>Attestation threshold of the validator set, its size and version</source>
        <translation>验证者集合的证明阈值、规模和版本</translation>
    </message>
    <message>
        <source>The route&apos;s trust add-on to its claims&apos; haircut; 100 % while frozen</source>
        <translation>路由对其凭证折扣的信任附加项；冻结期间为 100 %</translation>
    </message>
    <message>
        <source>Rate limit (CCIP token bucket): USD that may go forward now / the bucket&apos;s capacity; amber under 25 %, red under 5 %</source>
        <translation>速率限制（CCIP 令牌桶）：当前可正向发送的美元 / 桶容量；低于 25 % 为琥珀色，低于 5 % 为红色</translation>
    </message>
    <message>
        <source>live, weak set (threshold under two thirds) or frozen by a risk officer or the accountant</source>
        <translation>正常、弱验证集（阈值低于三分之二）或被风险官或记账器冻结</translation>
    </message>
    <message>
        <source>The route: source chain → destination chain, asset</source>
        <translation>路由：源链 → 目标链，资产</translation>
    </message>
    <message>
        <source>The asset it carries</source>
        <translation>其承载的资产</translation>
    </message>
</context>
<context>
    <name>cm::ui::StressAccountsModel</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Health before</source>
        <translation>之前健康度</translation>
    </message>
    <message>
        <source>Health after</source>
        <translation>之后健康度</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Liquidated</source>
        <translation>已清算</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>坏账</translation>
    </message>
    <message>
        <source>double-click to see it in the book</source>
        <translation>双击在账簿中查看</translation>
    </message>
    <message>
        <source>health = (AC + U) / MR before the scenario</source>
        <translation>情景之前的健康度 = (AC + U) / MR</translation>
    </message>
    <message>
        <source>health at the end of the horizon</source>
        <translation>期限结束时的健康度</translation>
    </message>
    <message>
        <source>equity before − after, claims at what their vault redeems</source>
        <translation>之前 − 之后的权益，凭证按其金库可赎回的价值计</translation>
    </message>
    <message>
        <source>debt repaid and position notional closed by keepers in the run</source>
        <translation>运行中清算人偿还的债务和平仓的仓位名义价值</translation>
    </message>
    <message>
        <source>written off in the run, plus negative equity left at its end</source>
        <translation>运行中核销的金额，加上运行结束时剩余的负权益</translation>
    </message>
</context>
<context>
    <name>cm::ui::StressBlastModel</name>
    <message>
        <source>no cap: the world sets none and no what-if cap was priced</source>
        <translation>无上限：世界未设置，也未评估假设上限</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>%1 (what-if)</source>
        <translation>%1（假设）</translation>
    </message>
    <message>
        <source>%1: the what-if cap, priced (the world sets none)</source>
        <translation>%1：假设上限，已评估（世界未设置）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>失效对象</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>受影响</translation>
    </message>
    <message>
        <source>Below 1</source>
        <translation>低于 1</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>风险价值</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>坏账</translation>
    </message>
    <message>
        <source>Credit lost</source>
        <translation>损失的信用</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Isolation cap</source>
        <translation>隔离上限</translation>
    </message>
    <message>
        <source>Cap cost</source>
        <translation>上限成本</translation>
    </message>
    <message>
        <source>Loss bounded</source>
        <translation>限定的损失</translation>
    </message>
    <message>
        <source>route or chain</source>
        <translation>路由或链</translation>
    </message>
    <message>
        <source>what fails: a route&apos;s claims unbacked; a chain&apos;s collateral and the vaults on it gone</source>
        <translation>失效内容：路由的凭证失去支持；链上的抵押品及其金库消失</translation>
    </message>
    <message>
        <source>accounts holding something that fails</source>
        <translation>持有失效资产的账户</translation>
    </message>
    <message>
        <source>accounts at health ≥ 1 that fall below 1</source>
        <translation>健康度 ≥ 1 但跌破 1 的账户</translation>
    </message>
    <message>
        <source>collateral of the accounts pushed below health 1</source>
        <translation>被压到健康度 1 以下的账户的抵押品</translation>
    </message>
    <message>
        <source>negative equity the failure leaves: debt no collateral covers</source>
        <translation>失效留下的负权益：没有抵押品覆盖的债务</translation>
    </message>
    <message>
        <source>adjusted collateral (AC) lost: the credit interconnection gave</source>
        <translation>损失的调整后抵押品 (AC)：互联带来的信用</translation>
    </message>
    <message>
        <source>Σ max(0, MR − (AC + U)) added: what liquidations must recover</source>
        <translation>增加的 Σ max(0, MR − (AC + U))：清算必须收回的部分</translation>
    </message>
    <message>
        <source>the most this route&apos;s claims count towards any account&apos;s AC (Aave&apos;s isolation ceiling)</source>
        <translation>此路由凭证计入任一账户 AC 的上限（Aave 的隔离上限）</translation>
    </message>
    <message>
        <source>Σ max(0, claims&apos; AC − cap): adjusted collateral the cap takes off the book now</source>
        <translation>Σ max(0, 凭证的 AC − 上限)：上限现在从账簿中扣除的调整后抵押品</translation>
    </message>
    <message>
        <source>Σ max(0, shortfall − cap): the part of this route&apos;s failure the cap bounds</source>
        <translation>Σ max(0, 缺口 − 上限)：上限所限定的该路由失效损失部分</translation>
    </message>
</context>
<context>
    <name>cm::ui::StressPanel</name>
    <message>
        <source>Custom (edit below)</source>
        <translation>自定义（在下方编辑）</translation>
    </message>
    <message>
        <source>The built-in scenarios: the four historical windows replayed on the book, a 30 % crash of every volatile asset, a stablecoin at its March 2023 low, the biggest route compromised (Wormhole, Nomad), a one-hour Ethereum finality stall</source>
        <translation>内置情景：在账簿上回放的四个历史窗口、所有波动资产下跌 30 %、稳定币处于 2023 年 3 月低点、最大路由被攻破（Wormhole、Nomad）、以太坊最终确认停滞一小时</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Monte Carlo paths of the calibrated market over the horizon, after the shocks: VaR95/99 are the 95th/99th percentiles of bad debt over the paths, LaR95 the 95th of liquidations (Gauntlet, Chaos Labs). 0: the shocks alone, prices held where they put them.</source>
        <translation>冲击之后在期限内的校准市场蒙特卡洛路径：VaR95/99 为各路径坏账的第 95/99 百分位，LaR95 为清算的第 95 百分位（Gauntlet、Chaos Labs）。0：仅冲击，价格保持在冲击后的位置。</translation>
    </message>
    <message>
        <source>Monte Carlo paths</source>
        <translation>蒙特卡洛路径</translation>
    </message>
    <message>
        <source> $M</source>
        <translation> 百万美元</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Isolation cap to price on routes the world does not cap: the most a route&apos;s claims may count towards one account&apos;s adjusted collateral. 4.5 $M is the median debt ceiling of Aave v3&apos;s isolated assets on Ethereum (October 2023: from $1M to $17M). A world&apos;s own caps (a route&apos;s isolation_cap_usd) are enforced by the margin and shown as they are.</source>
        <translation>对世界未设上限的路由评估的隔离上限：一条路由的凭证可计入单个账户调整后抵押品的最高额。450 万美元是 Aave v3 在以太坊上隔离资产债务上限的中位数（2023 年 10 月：从 100 万美元到 1700 万美元）。世界自身的上限（路由的 isolation_cap_usd）由保证金执行并按原样显示。</translation>
    </message>
    <message>
        <source>What-if isolation cap</source>
        <translation>假设隔离上限</translation>
    </message>
    <message>
        <source>The scenario (JSON, README: stress scenarios): name, shocks (price, volatility, oracle_divergence, chain_halt, latency, route_compromise, replay), paths, horizon_s, seed</source>
        <translation>情景（JSON，README：压力情景）：name、shocks（price、volatility、oracle_divergence、chain_halt、latency、route_compromise、replay）、paths、horizon_s、seed</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Runs the scenario on forks of the live book (Ctrl+R); the book itself is never touched</source>
        <translation>在实时账簿的副本上运行情景 (Ctrl+R)；账簿本身不受影响</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Loads a scenario file; its replay files are found beside it</source>
        <translation>加载情景文件；其回放文件在同一目录中查找</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Simulated hours done, of the held-price run and every Monte Carlo path</source>
        <translation>已完成的模拟小时数：价格保持运行及每条蒙特卡洛路径</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Pick a scenario and run it: the live book is copied, shocked and run over the horizon; the console keeps running.</source>
        <translation>选择一个情景并运行：复制实时账簿，施加冲击并在期限内运行；控制台继续运行。</translation>
    </message>
    <message>
        <source>Accounts by health before the scenario (blue) and at the end of the horizon (red); health = (AC + U) / MR, below 1 liquidatable, &apos;none&apos;: no debt or position</source>
        <translation>情景之前（蓝色）和期限结束时（红色）按健康度分布的账户；健康度 = (AC + U) / MR，低于 1 可清算，“无”：没有债务或仓位</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Loss by chain: the book&apos;s collateral as it was, marked at the prices and vault backing after (a drained route&apos;s claims at nothing), plus perpetual PnL lost</source>
        <translation>按链的损失：账簿原有的抵押品，按之后的价格和金库支持率标记（被抽空路由的凭证计为零），加上损失的永续盈亏</translation>
    </message>
    <message>
        <source>Loss by route (the claims it minted; &apos;native&apos; for native collateral), largest 12</source>
        <translation>按路由的损失（其铸造的凭证；原生抵押品记为 “native”），最大的 12 个</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>What fails if it fails: each row a route or chain failing (claims unbacked; a chain&apos;s collateral and vaults gone), each column the chain where the accounts pushed below health 1 owe; colour: their obligations, USD (log scale)</source>
        <translation>失效时会波及什么：每行一个失效的路由或链（凭证失去支持；链的抵押品和金库消失），每列为被压到健康度 1 以下的账户负债所在的链；颜色：其负债，美元（对数刻度）</translation>
    </message>
    <message>
        <source>Contagion</source>
        <translation>传染</translation>
    </message>
    <message>
        <source>Double-click an account to see it in the book</source>
        <translation>双击账户在账簿中查看</translation>
    </message>
    <message>
        <source>Most affected</source>
        <translation>受影响最大</translation>
    </message>
    <message>
        <source>Bad debt per Monte Carlo path (histogram) with VaR95 and VaR99</source>
        <translation>每条蒙特卡洛路径的坏账（直方图）及 VaR95 和 VaR99</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Open a stress scenario</source>
        <translation>打开压力情景</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>情景 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Export the stress report</source>
        <translation>导出压力报告</translation>
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
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>%1 does not apply to this world: %2</source>
        <translation>%1 不适用于此世界：%2</translation>
    </message>
    <message>
        <source>The scenario is refused: %1</source>
        <translation>情景被拒绝：%1</translation>
    </message>
    <message>
        <source>Running %1 on a fork of the live book…</source>
        <translation>正在实时账簿的副本上运行 %1…</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 accounts · horizon %3 · step %4 s · ran in %5 s%6&lt;br&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%2 个账户 · 期限 %3 · 步长 %4 秒 · 用时 %5 秒%6&lt;br&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;cancelled&lt;/b&gt;</source>
        <translation> · &lt;b&gt;已取消&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Below health 1: %1 → &lt;b&gt;%2&lt;/b&gt; · liquidations %3 (%4) · &lt;b&gt;bad debt %5&lt;/b&gt; · insurance fund %6 → %7</source>
        <translation>健康度低于 1：%1 → &lt;b&gt;%2&lt;/b&gt; · 清算 %3（%4）· &lt;b&gt;坏账 %5&lt;/b&gt; · 保险基金 %6 → %7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Monte Carlo, %1 of %2 paths: &lt;b&gt;VaR95 %3&lt;/b&gt; · &lt;b&gt;VaR99 %4&lt;/b&gt; of bad debt · &lt;b&gt;LaR95 %5&lt;/b&gt; of liquidations · mean bad debt %6</source>
        <translation>&lt;br&gt;蒙特卡洛，%2 条路径中的 %1 条：坏账 &lt;b&gt;VaR95 %3&lt;/b&gt; · &lt;b&gt;VaR99 %4&lt;/b&gt; · 清算 &lt;b&gt;LaR95 %5&lt;/b&gt; · 平均坏账 %6</translation>
    </message>
    <message>
        <source>Interconnection gives &lt;b&gt;%1&lt;/b&gt; of credit against bridged claims; a route failing one at a time would leave &lt;b&gt;%2&lt;/b&gt; of requirement uncovered in all (worst: %3, %4).</source>
        <translation>互联为跨链凭证提供了 &lt;b&gt;%1&lt;/b&gt; 的信用；路由逐一失效将总共留下 &lt;b&gt;%2&lt;/b&gt; 的未覆盖保证金要求（最差：%3，%4）。</translation>
    </message>
    <message>
        <source> Isolation caps on %1 routes%2 would cost &lt;b&gt;%3&lt;/b&gt; of collateral credit now and bound &lt;b&gt;%4&lt;/b&gt; of those losses.</source>
        <translation> 在 %1 条路由%2上设置隔离上限，现在将花费 &lt;b&gt;%3&lt;/b&gt; 的抵押品信用，并限定这些损失中的 &lt;b&gt;%4&lt;/b&gt;。</translation>
    </message>
    <message>
        <source> (what-if where the world has none)</source>
        <translation> （世界未设置处为假设）</translation>
    </message>
    <message>
        <source> No route has an isolation cap (world file: a route&apos;s isolation_cap_usd; or price one with the what-if cap).</source>
        <translation> 没有路由设置隔离上限（世界文件：路由的 isolation_cap_usd；或用假设上限进行评估）。</translation>
    </message>
    <message>
        <source>nothing to export: run a scenario first</source>
        <translation>无可导出内容：请先运行一个情景</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Clearmesh stress report</source>
        <translation>Clearmesh 压力报告</translation>
    </message>
    <message>
        <source>Accounts by health</source>
        <translation>按健康度分布的账户</translation>
    </message>
    <message>
        <source>Loss by chain and route</source>
        <translation>按链和路由的损失</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>波及范围</translation>
    </message>
    <message>
        <source>Most affected accounts</source>
        <translation>受影响最大的账户</translation>
    </message>
    <message>
        <source>Clearmesh stress report: %1</source>
        <translation>Clearmesh 压力报告：%1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>cm::ui::StressRunner</name>
    <message>
        <source>a stress run is already going</source>
        <translation>已有一个压力测试在运行</translation>
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
        <translation>路由</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>起始 (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>back</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>正向</translation>
    </message>
    <message>
        <source>requested %1 · locked %2 · committed %3 · attested %4 · relayed %5 · settled %6</source>
        <translation>请求 %1 · 锁定 %2 · 提交 %3 · 证明 %4 · 中继 %5 · 结算 %6</translation>
    </message>
    <message>
        <source>
releases itself at %1 UTC</source>
        <translation>
将于 %1 UTC 自动放行</translation>
    </message>
    <message>
        <source>The way: requested · locked (or burned) · committed in a source block · attested by the validators · relayed · settled (minted or unlocked); ● reached, ○ to come, ✗ refused or dropped</source>
        <translation>路径：请求 · 锁定（或销毁）· 在源链区块中提交 · 验证者证明 · 中继 · 结算（铸造或解锁）；● 已到达，○ 未到，✗ 被拒绝或丢弃</translation>
    </message>
    <message>
        <source>queued (governor or rate limit), locked, attested, relayed, minted, refused or dropped</source>
        <translation>排队（治理器或速率限制）、锁定、已证明、已中继、已铸造、被拒绝或丢弃</translation>
    </message>
    <message>
        <source>Amount × the oracle price when requested</source>
        <translation>请求时的数量 × 预言机价格</translation>
    </message>
    <message>
        <source>When it reached its present step</source>
        <translation>到达当前步骤的时间</translation>
    </message>
    <message>
        <source>The transfer&apos;s number</source>
        <translation>转账编号</translation>
    </message>
    <message>
        <source>The route it travels</source>
        <translation>其经过的路由</translation>
    </message>
    <message>
        <source>forward (lock and mint), back (burn and unlock) or delivered from outside</source>
        <translation>正向（锁定并铸造）、反向（销毁并解锁）或外部送达</translation>
    </message>
    <message>
        <source>Whose collateral it is</source>
        <translation>其抵押品的所有者</translation>
    </message>
    <message>
        <source>Token units (exact in the tooltip)</source>
        <translation>代币单位（精确值见提示）</translation>
    </message>
    <message>
        <source>Why it waits or was refused</source>
        <translation>等待或被拒绝的原因</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
</context>
</TS>
