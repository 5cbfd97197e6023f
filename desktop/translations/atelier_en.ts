<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days when an open order is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days with an order that is late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show today in the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the due dates of open orders as an iCalendar file for Google Calendar, Outlook, Apple Calendar or Thunderbird</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export again after changes: events keep their identity, so your calendar app updates them instead of adding copies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n order(s) due</source>
        <translation><numerusform>%n order due</numerusform><numerusform>%n orders due</numerusform></translation>
    </message>
    <message>
        <source>Awaiting requirements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{status} · late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing due from {first} to {last}.
Pick another day in the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} · today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} · tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>atelier-due-dates.ics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export due dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting due dates</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n due date(s) exported to {path}.</source>
        <translation><numerusform>%n due date exported to {path}.</numerusform><numerusform>%n due dates exported to {path}.</numerusform></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>France</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Morocco</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tunisia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algeria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senegal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Côte d'Ivoire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portugal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cameroon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Madagascar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Haiti</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person or a company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their user name on the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How they like to work, time zone, what to remember</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose, or type a two-letter code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose, or type a code such as fr-CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canada (Québec)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting requirements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search clients…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name, handle, email, country or notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No orders from this client yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a client to see their notes and recent orders.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation><numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No clients yet. Add one with “New client…”, or create an order: its client is added here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No clients match “{text}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{handle} on {platform}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation><numerusform>%n order</numerusform><numerusform>%n orders</numerusform></translation>
    </message>
    <message>
        <source>{orders} · paid {net} net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client since {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client kept</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>“{name}” has %n order(s), so they cannot be deleted: your order and income history needs to know who paid. Edit the client instead, or delete their orders first.</source>
        <translation><numerusform>“{name}” has %n order, so they cannot be deleted: your order and income history needs to know who paid. Edit the client instead, or delete their order first.</numerusform><numerusform>“{name}” has %n orders, so they cannot be deleted: your order and income history needs to know who paid. Edit the client instead, or delete their orders first.</numerusform></translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the client “{name}”? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadlineWatcher</name>
    <message>
        <source>Order now late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due within 24 hours</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GigDialog</name>
    <message>
        <source>{title} (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Package {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Package {n}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit gig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate gig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New gig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Activity type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pac&amp;kages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you sell, as buyers see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose or type a category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Separated by commas: seo, blog, translation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the buyer gets, what you need from them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default (from Settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales of goods (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Liberal profession (BNC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the French micro-entrepreneur regime counts this gig's income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove package</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GigsPage</name>
    <message>
        <source>Gigs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales of goods (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Liberal profession (BNC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search gigs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by title, category, platform or tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New gig…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net earned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from {price}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it includes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a gig to see its packages.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation><numerusform>%n gig</numerusform><numerusform>%n gigs</numerusform></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No gigs yet. Add what you sell with “New gig…”: its packages give new orders their price and due date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No gigs match these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation><numerusform>%n order</numerusform><numerusform>%n orders</numerusform></translation>
    </message>
    <message>
        <source>{orders} ({open} open)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{orders} · net earned {net}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation><numerusform>%n revision</numerusform><numerusform>%n revisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the gig “{title}” and its packages? Its %n order(s) are kept, with their prices and payments, but will no longer be linked to a gig.</source>
        <translation><numerusform>Delete the gig “{title}” and its packages? Its order is kept, with its price and payments, but will no longer be linked to a gig.</numerusform><numerusform>Delete the gig “{title}” and its packages? Its %n orders are kept, with their prices and payments, but will no longer be linked to a gig.</numerusform></translation>
    </message>
    <message>
        <source>Delete the gig “{title}” and its packages? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete gig</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncomePage</name>
    <message>
        <source>Income</source>
        <extracomment>emitted after the widgets show a newly computed report emitted with a sentence when an export ends (done or failed)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the table below (the chosen year and grouping) as a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URSSAF declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No payments yet. Record a payout on a completed order and it will show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client has paid you in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No payments in this period. Payments you record on orders appear here, grouped as you choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is awaiting payout: every completed order has been paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amounts are declared before platform fees (commissions are not deductible). Check the rates and thresholds on urssaf.fr: Atelier is a helper, not tax advice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing income reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The income report could not be computed: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not linked to an order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net received by month, all years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net received by month, {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{series}, {category}: {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net received by client (top {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category}: {value}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n payment(s) recorded in a former home currency are not counted here.</source>
        <translation><numerusform>%n payment recorded in a former home currency is not counted here.</numerusform><numerusform>%n payments recorded in a former home currency are not counted here.</numerusform></translation>
    </message>
    <message>
        <source>Cleared, awaiting payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total awaiting payout: {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Liberal (BNC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Micro-entrepreneur ceiling for services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Micro-entrepreneur ceiling (all activities)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT franchise threshold for services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT franchise threshold for sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}: over the tolerance ({amount} declared). VAT is due from the day the tolerance was crossed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}: exceeded, {amount} declared for a limit of {limit} ({pct} %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}: {pct} % reached ({amount} of {limit}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next declaration: {period}, due by {deadline}. Declare {declared}; contributions {due}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URSSAF declaration helper works in euros. Your home currency is {currency}: set it to EUR in Settings to see what to declare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no URSSAF figures for {year}: add them in Settings › Declaration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declarations for {year}, by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declarations for {year}, by quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}: {pct} %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total declared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social contributions plus the versement libératoire (income tax)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>income-{grouping}-{year}.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all-years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the income report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the income report to {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {name}</source>
        <translation><numerusform>%n row exported to {name}</numerusform><numerusform>%n rows exported to {name}</numerusform></translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncomeTableModel</name>
    <message>
        <source>Hours tracked on time entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No platform (not linked to an order)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client (not linked to an order)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No gig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Atelier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export data as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import data from CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Atelier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export data as CSV into a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting data as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {folder}</source>
        <translation><numerusform>Exported %n row to {folder}</numerusform><numerusform>Exported %n rows to {folder}</numerusform></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was exported: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import data from a folder of CSV files</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from {folder}</source>
        <translation><numerusform>Imported %n row from {folder}</numerusform><numerusform>Imported %n rows from {folder}</numerusform></translation>
    </message>
    <message>
        <source>Importing data from CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported; your data is unchanged.

{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Atelier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Atelier {version}
Gigs, orders, deadlines and income for freelancers.
Your store: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message numerus="yes">
        <source>{tier} — {price}, %n day(s)</source>
        <translation><numerusform>{tier} — {price}, %n day</numerusform><numerusform>{tier} — {price}, %n days</numerusform></translation>
    </message>
    <message>
        <source>A new client “{name}” will be added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Gig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pac&amp;kage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform &amp;reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisions &amp;used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a client or type a new name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the client ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client's requirements, as received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order number on the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No gig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No package</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Awaiting requirements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <extracomment>emitted after each new query with the number of matching orders</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <extracomment>starting widths of the columns; the title takes what is left (TITLE_MIN at least)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an order you received (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search title, brief, client, reference…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accents and case are ignored (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No orders match these filters.
Try other words, or clear the filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When a client buys one of your gigs or sends you work, enter it here: Atelier keeps its deadline, its status and what it earned you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your first order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client asked for changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open dispute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add payment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No payment recorded for this order yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deliverable yet. Drafts and files you prepare for this order will be listed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation><numerusform>%Ln order</numerusform><numerusform>%Ln orders</numerusform></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{used} of {included} used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{used} used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set for {platform}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracked: {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price changed: {old} → {new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date changed: {old} → {new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date received changed: {old} → {new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title changed: “{old}” → “{new}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency changed: {old} → {new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisions used: {old} → {new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference changed: {old} → {new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gig changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Package changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brief edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity type changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel “{title}”? A cancelled order cannot be reopened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “{title}”? Its history, tracked time and deliverables are deleted with it. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Atelier</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>1 {currency} = ? {home}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add payment — {order}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fee kept by the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the platform's fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange rate used</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentKind</name>
    <message>
        <source>Payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Add a platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed fee per order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example 20 or 12,5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave it empty while you don't know it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Immediate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also takes its percentage on tips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformTableModel</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee on tips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The percentage the platform keeps from each order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fixed amount the platform keeps from each order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the platform also takes its percentage on tips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days between completion and the money being released</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The currency orders on this platform usually come in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipped with Atelier, or added by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders recorded on this platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No fee is set for {name} yet: double-click the row and enter the percentage shown in your seller account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Immediate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platforms and fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Micro-entrepreneur (URSSAF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applies at once, no restart needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Home currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The currency you are paid in at home: payments are converted into it when you record them, and reports add them up in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days, months and quarters in reports start at midnight in this time zone. Type to search, for example “Paris” or “Casablanca”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Due-soon window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders due within this many hours are listed as due soon and remind you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fees each platform keeps. Atelier uses them to work out what you really earn on each order. Double-click a platform to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add platform…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Activity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales of goods (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Liberal profession (BNC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used for orders and gigs that have no activity type of their own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declaration &amp;period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BNC pension &amp;fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CIPAV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only for liberal professions (BNC): CIPAV if your profession is one of those it still covers, otherwise SSI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I opted for the versement libératoire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income tax paid with each declaration, as a percentage of the turnover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URSSAF declaration is in euros: it is available when the home currency is EUR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures by year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ceilings, VAT thresholds and rates change every year. Check them each January against &lt;a href="https://www.urssaf.fr"&gt;urssaf.fr&lt;/a&gt; and correct them here: double-click a figure to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To keep your data in another folder, start Atelier with --data-dir FOLDER or set the ATELIER_DATA_DIR environment variable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the home currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the home currency from {old} to {new}?

Payments you already recorded keep the home amounts recorded at the time, in {old}. Reports only count payments in the current home currency, so they will leave out the payments recorded in {old}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No fee is set yet for {names}: its fee depends on your seller account. Double-click the row and enter it; until then its orders show no net amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete {name}? Gigs and clients on it will have no platform. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{name} cannot be deleted: %n order(s) use it. Orders keep their platform for your income reports.</source>
        <translation><numerusform>{name} cannot be deleted: %n order uses it. Orders keep their platform for your income reports.</numerusform><numerusform>{name} cannot be deleted: %n orders use it. Orders keep their platform for your income reports.</numerusform></translation>
    </message>
    <message>
        <source>Add {year} (copy of {last})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} — {size}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your gigs, clients, orders, payments and settings, in one SQLite file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is due soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No revision requested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No order in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click an order to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earned this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending clearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next URSSAF declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declared so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing due. Enjoy your day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders with a due date show up here when they are late or due soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today is {date}.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n order(s) late.</source>
        <translation><numerusform>%n order late.</numerusform><numerusform>%n orders late.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) due today.</source>
        <translation><numerusform>%n order due today.</numerusform><numerusform>%n orders due today.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Due soon · next %n hour(s)</source>
        <translation><numerusform>Due soon · next hour</numerusform><numerusform>Due soon · next %n hours</numerusform></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}
Client: {client}
Platform: {platform}
Due: {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{sign}{value}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{change} vs last month ({last})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing earned last month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net income received (after platform fees), in {currency}, for the calendar month in your time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No completed order is waiting for its money.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n completed order(s) not paid out yet.</source>
        <translation><numerusform>%n completed order not paid out yet.</numerusform><numerusform>%n completed orders not paid out yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already released by the platform: record the payout.</source>
        <translation><numerusform>%n already released by the platform: record the payout.</numerusform><numerusform>%n already released by the platform: record the payouts.</numerusform></translation>
    </message>
    <message>
        <source>The URSSAF declaration is made in euros. Your home currency is {currency}: set it to EUR in Settings to follow your declarations here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no URSSAF figures for this year yet: add them in Settings › Declaration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declare and pay today.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) left to declare and pay.</source>
        <translation><numerusform>%n day left to declare and pay.</numerusform><numerusform>%n days left to declare and pay.</numerusform></translation>
    </message>
    <message>
        <source>The period is not over: amounts may still grow.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>This desktop has no system tray: deadline reminders appear in the window's status bar instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UrssafFiguresModel</name>
    <message>
        <source>Turnover ceiling, services (BIC and BNC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turnover ceiling, sales (all activities)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT threshold, services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT tolerance, services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT threshold, sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT tolerance, sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contributions, sales (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contributions, services (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contributions, liberal BNC (SSI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contributions, liberal BNC (CIPAV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versement libératoire, sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versement libératoire, services (BIC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versement libératoire, BNC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A percentage of the turnover you declare; double-click to edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount in euros for the year; double-click to edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{figure}, {year}: {message}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Relative</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Atelier</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>A gig needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The category is too long (120 characters at most).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This platform does not exist any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The handle is too long (200 characters at most).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fee is in hundredths of a percent: between 0 and 10000 (100 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of demo orders must be zero or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo's date needs a time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo fills an empty store only: this one already holds orders or clients. Start a new store (atelier demo --replace).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A currency is required (for example EUR, USD, CAD or MAD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exchange rate must be a number above zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date needs a time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An order needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price must be a whole number of cents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisions used cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a client for this order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the platform the order came from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the date the order was received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The due date cannot be before the order was received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This field cannot be edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A status change cannot happen before the order was received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This order has payments: delete or detach them first, so income records stay complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This package belongs to another gig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A refund is money paid back: enter it as a negative amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An adjustment of zero changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the date the money was received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a percentage between 0 and 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A percentage is between 0 and 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A percentage has at most two decimals (for example 12,25).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a number of days between 0 and 90.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A platform needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fixed fee cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This platform no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The declaration period is month or quarter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pension fund is SSI or CIPAV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a number of hours between 1 and 720.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URSSAF declaration is in euros: set the home currency to EUR to use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount here cannot be negative.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>