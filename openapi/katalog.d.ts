/* Generated from openapi/openapi.json by `npm run client` (openapi-typescript). Do not edit. */

export interface paths {
  "/v1": {
    /**
     * Dataset index
     * @description Name, version, last update, the medical disclaimer, the sources and links to every collection.
     */
    get: operations["getDatasetIndex"];
  };
  "/v1/disclaimer": {
    /**
     * The medical disclaimer
     * @description The disclaimer every content response carries: in JSON bodies as `disclaimer`, in JSON-LD documents as `mainEntityOfPage.usageInfo`, and on CSV and NDJSON exports as a `Link: <…/v1/disclaimer>; rel="describedby"` header.
     */
    get: operations["getDisclaimer"];
  };
  "/healthz": {
    /**
     * Liveness
     * @description Answers 200 while the process runs. Not rate limited.
     */
    get: operations["getHealth"];
  };
  "/readyz": {
    /**
     * Readiness: the database can serve reads and writes
     * @description Answers 200 when the database file on disk is the one the server opened, the connection answers, the file and its folder are writable (unless read-only), the last scheduled `PRAGMA quick_check` (every `DB_CHECK_INTERVAL_SECONDS`) passed and, on a read node that follows a replica, the node confirmed it serves the replica's latest data within `REPLICA_MAX_AGE` (the body then reports the replica's age); otherwise 503 problem+json whose `detail` names each failing check (`file`, `query`, `writable`, `integrity`, `replica`) and what is wrong. Not rate limited.
     */
    get: operations["getReadiness"];
  };
  "/v1/search": {
    /**
     * Search every collection
     * @description Full-text search across every collection (SQLite FTS5): every word must match, the last as a prefix (search as you type) unless it is a number (which matches with a unit written onto it, `400mg`, and as a group of digits of one written with separators: `500` in `7,500`); at most 16 words are searched, and at most 2000 matches are ranked (the first in index order, roughly the oldest records; more words narrow a broader query). Any text is safe: words are matched, operators, quotes and punctuation are not interpreted, but for a number written with thousands separators (`2,000`), which is one number, matched with or without them.
     *
     *     Hits come a page at a time, like the lists: `limit` (1 to 100) and the opaque `cursor` from `meta.next_cursor`, also given as `links.next` and an RFC 8288 `Link: <…>; rel="next"` header; `meta.total` counts every hit. A cursor is bound to its `q` and `collection`: altered, or reused with others, it is a 400. Cursors stay valid while the data changes: the next page continues after the last hit of the previous one, so a record that did not change in between is never repeated or skipped.
     *
     *     `score` and the order of hits: see SearchHit.
     *
     *     `title` and `snippet` are HTML in one format (HighlightedText): escaped text with matches in `<mark>`…`</mark>`.
     */
    get: operations["search"];
  };
  "/v1/changes": {
    /**
     * Change feed
     * @description Every create, update, delete and restore, in commit order, recorded in the same transaction as the change. Start without `since`, apply the events (fetch `href` for created, updated and restored; remove on deleted), then poll with `since=<meta.next_cursor>`. Served with `Cache-Control: no-cache`, so a poller always revalidates (304 while nothing changed). A `since` past the latest event is a 400.
     */
    get: operations["listChanges"];
  };
  "/v1/lifecycle": {
    /**
     * Versioning and deprecation policy
     * @description What may change within /v1 without notice, what is changed only after a deprecation (`Deprecation` and `Sunset` headers on the responses concerned, at least 6 months of notice), the change feed's retention, and the list of what is deprecated now. Every response concerned by a deprecation links here with `Link: <…/v1/lifecycle>; rel="deprecation"`.
     */
    get: operations["getLifecycle"];
  };
  "/v1/cost-comparison": {
    /**
     * Compare group and individual costs, like with like
     * @description Per currency (never converted), pairs of one group and one individual figure that share a unit and a basis: program prices from one organization covering the same number of sessions (the basis says where reading them as medicine sessions is Katalog's), or market-wide figures one source gives on one basis for the same treatment, or as the source compares them (the basis says which). No bundle against a cohort, no infusion against a therapy session, no per-session figure the source does not give. Every other price is in `not_comparable` with the reason; the sources' own claims come beside the pairs. Paged by owner (an organization, or a program without one): figures pair only within one owner, so each page is complete, and market-wide figures come first. Information, not medical or financial advice.
     */
    get: operations["getCostComparison"];
  };
  "/v1/format-fit/check": {
    /**
     * Flags for group and individual format
     * @description Flags the sources give for group and for individual format, with citations, for ids from /v1/format-fit and /v1/contraindications; never "eligible" or "not eligible". A row and each contraindication citing its table line (from its situation on) come together, whatever the ids, each once; then contraindications naming one of its conditions (Katalog’s link). Information, not medical advice.
     */
    get: operations["checkFormatFit"];
  };
  "/v1/sources": {
    /**
     * List sources
     * @description A page of records.
     */
    get: operations["listSources"];
    /**
     * Create a source
     * @description Write key; what it references must exist.
     */
    post: operations["createSource"];
  };
  "/v1/sources.{extension}": {
    /**
     * Export every sources record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportSources"];
  };
  "/v1/sources/{id}": {
    /**
     * Get one source by id
     * @description One record, with its citations.
     */
    get: operations["getSource"];
    /**
     * Replace a source
     * @description Write key and If-Match.
     */
    put: operations["replaceSource"];
    /**
     * Delete a source
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteSource"];
    /**
     * Update a source (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateSource"];
  };
  "/v1/sources/{id}.jsonld": {
    /**
     * One source as schema.org JSON-LD
     * @description As schema.org CreativeWork (authors, year, journal, address; the sources that cite it).
     */
    get: operations["getSourceJsonLd"];
  };
  "/v1/sources/{id}/restore": {
    /**
     * Restore a deleted source
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreSource"];
  };
  "/v1/conditions": {
    /**
     * List conditions
     * @description A page of records.
     */
    get: operations["listConditions"];
    /**
     * Create a condition
     * @description Write key; what it references must exist.
     */
    post: operations["createCondition"];
  };
  "/v1/conditions.{extension}": {
    /**
     * Export every conditions record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportConditions"];
  };
  "/v1/conditions/{id}": {
    /**
     * Get one condition by id
     * @description One record, with its citations.
     */
    get: operations["getCondition"];
    /**
     * Replace a condition
     * @description Write key and If-Match.
     */
    put: operations["replaceCondition"];
    /**
     * Delete a condition
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteCondition"];
    /**
     * Update a condition (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateCondition"];
  };
  "/v1/conditions/{id}.jsonld": {
    /**
     * One condition as schema.org JSON-LD
     * @description As schema.org MedicalCondition (or MedicalEntity).
     */
    get: operations["getConditionJsonLd"];
  };
  "/v1/conditions/{id}/restore": {
    /**
     * Restore a deleted condition
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreCondition"];
  };
  "/v1/organizations": {
    /**
     * List organizations
     * @description A page of records.
     */
    get: operations["listOrganizations"];
    /**
     * Create a organization
     * @description Write key; what it references must exist.
     */
    post: operations["createOrganization"];
  };
  "/v1/organizations.{extension}": {
    /**
     * Export every organizations record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportOrganizations"];
  };
  "/v1/organizations/{id}": {
    /**
     * Get one organization by id
     * @description One record, with its citations.
     */
    get: operations["getOrganization"];
    /**
     * Replace a organization
     * @description Write key and If-Match.
     */
    put: operations["replaceOrganization"];
    /**
     * Delete a organization
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteOrganization"];
    /**
     * Update a organization (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateOrganization"];
  };
  "/v1/organizations/{id}.jsonld": {
    /**
     * One organization as schema.org JSON-LD
     * @description As schema.org typed by its kind: MedicalClinic, MedicalOrganization, NGO, ….
     */
    get: operations["getOrganizationJsonLd"];
  };
  "/v1/organizations/{id}/restore": {
    /**
     * Restore a deleted organization
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreOrganization"];
  };
  "/v1/dosing-routes": {
    /**
     * List dosing routes
     * @description A page of records.
     */
    get: operations["listDosingRoutes"];
    /**
     * Create a dosing route
     * @description Write key; what it references must exist.
     */
    post: operations["createDosingRoute"];
  };
  "/v1/dosing-routes.{extension}": {
    /**
     * Export every dosing routes record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportDosingRoutes"];
  };
  "/v1/dosing-routes/{id}": {
    /**
     * Get one dosing route by id
     * @description One record, with its citations.
     */
    get: operations["getDosingRoute"];
    /**
     * Replace a dosing route
     * @description Write key and If-Match.
     */
    put: operations["replaceDosingRoute"];
    /**
     * Delete a dosing route
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteDosingRoute"];
    /**
     * Update a dosing route (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateDosingRoute"];
  };
  "/v1/dosing-routes/{id}.jsonld": {
    /**
     * One dosingroute as schema.org JSON-LD
     * @description As schema.org MedicalEntity.
     */
    get: operations["getDosingRouteJsonLd"];
  };
  "/v1/dosing-routes/{id}/restore": {
    /**
     * Restore a deleted dosing route
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreDosingRoute"];
  };
  "/v1/programs": {
    /**
     * List programs
     * @description A page of records.
     */
    get: operations["listPrograms"];
    /**
     * Create a program
     * @description Write key; what it references must exist.
     */
    post: operations["createProgram"];
  };
  "/v1/programs.{extension}": {
    /**
     * Export every programs record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportPrograms"];
  };
  "/v1/programs/{id}": {
    /**
     * Get one program by id
     * @description One record, with its citations.
     */
    get: operations["getProgram"];
    /**
     * Replace a program
     * @description Write key and If-Match.
     */
    put: operations["replaceProgram"];
    /**
     * Delete a program
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteProgram"];
    /**
     * Update a program (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateProgram"];
  };
  "/v1/programs/{id}.jsonld": {
    /**
     * One program as schema.org JSON-LD
     * @description As schema.org MedicalTherapy and Service (a generic model: MedicalTherapy), its prices as Offer with UnitPriceSpecification, MedicalContraindication, DoseSchedule.
     */
    get: operations["getProgramJsonLd"];
  };
  "/v1/programs/{id}/restore": {
    /**
     * Restore a deleted program
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreProgram"];
  };
  "/v1/prices": {
    /**
     * List prices
     * @description A page of records.
     */
    get: operations["listPrices"];
    /**
     * Create a price
     * @description Write key; what it references must exist.
     */
    post: operations["createPrice"];
  };
  "/v1/prices.{extension}": {
    /**
     * Export every prices record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportPrices"];
  };
  "/v1/prices/{id}": {
    /**
     * Get one price by id
     * @description One record, with its citations.
     */
    get: operations["getPrice"];
    /**
     * Replace a price
     * @description Write key and If-Match.
     */
    put: operations["replacePrice"];
    /**
     * Delete a price
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deletePrice"];
    /**
     * Update a price (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updatePrice"];
  };
  "/v1/prices/{id}.jsonld": {
    /**
     * One price as schema.org JSON-LD
     * @description As schema.org Offer with UnitPriceSpecification (market-wide: UnitPriceSpecification).
     */
    get: operations["getPriceJsonLd"];
  };
  "/v1/prices/{id}/restore": {
    /**
     * Restore a deleted price
     * @description Undoes a delete, as a new version.
     */
    post: operations["restorePrice"];
  };
  "/v1/contraindications": {
    /**
     * List contraindications
     * @description A page of records.
     */
    get: operations["listContraindications"];
    /**
     * Create a contraindication
     * @description Write key; what it references must exist.
     */
    post: operations["createContraindication"];
  };
  "/v1/contraindications.{extension}": {
    /**
     * Export every contraindications record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportContraindications"];
  };
  "/v1/contraindications/{id}": {
    /**
     * Get one contraindication by id
     * @description One record, with its citations.
     */
    get: operations["getContraindication"];
    /**
     * Replace a contraindication
     * @description Write key and If-Match.
     */
    put: operations["replaceContraindication"];
    /**
     * Delete a contraindication
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteContraindication"];
    /**
     * Update a contraindication (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateContraindication"];
  };
  "/v1/contraindications/{id}.jsonld": {
    /**
     * One contraindication as schema.org JSON-LD
     * @description As schema.org MedicalContraindication (absolute only) or MedicalEntity.
     */
    get: operations["getContraindicationJsonLd"];
  };
  "/v1/contraindications/{id}/restore": {
    /**
     * Restore a deleted contraindication
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreContraindication"];
  };
  "/v1/format-fit": {
    /**
     * List format fit
     * @description A page of records.
     */
    get: operations["listFormatFit"];
    /**
     * Create a format fit
     * @description Write key; what it references must exist.
     */
    post: operations["createFormatFit"];
  };
  "/v1/format-fit.{extension}": {
    /**
     * Export every format fit record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportFormatFit"];
  };
  "/v1/format-fit/{id}": {
    /**
     * Get one format fit by id
     * @description One record, with its citations.
     */
    get: operations["getFormatFit"];
    /**
     * Replace a format fit
     * @description Write key and If-Match.
     */
    put: operations["replaceFormatFit"];
    /**
     * Delete a format fit
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteFormatFit"];
    /**
     * Update a format fit (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateFormatFit"];
  };
  "/v1/format-fit/{id}.jsonld": {
    /**
     * One formatfit as schema.org JSON-LD
     * @description As schema.org Claim.
     */
    get: operations["getFormatFitJsonLd"];
  };
  "/v1/format-fit/{id}/restore": {
    /**
     * Restore a deleted format fit
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreFormatFit"];
  };
  "/v1/studies": {
    /**
     * List studies
     * @description A page of records.
     */
    get: operations["listStudies"];
    /**
     * Create a study
     * @description Write key; what it references must exist.
     */
    post: operations["createStudy"];
  };
  "/v1/studies.{extension}": {
    /**
     * Export every studies record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportStudies"];
  };
  "/v1/studies/{id}": {
    /**
     * Get one study by id
     * @description One record, with its citations.
     */
    get: operations["getStudy"];
    /**
     * Replace a study
     * @description Write key and If-Match.
     */
    put: operations["replaceStudy"];
    /**
     * Delete a study
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteStudy"];
    /**
     * Update a study (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateStudy"];
  };
  "/v1/studies/{id}.jsonld": {
    /**
     * One study as schema.org JSON-LD
     * @description As schema.org MedicalStudy.
     */
    get: operations["getStudyJsonLd"];
  };
  "/v1/studies/{id}/restore": {
    /**
     * Restore a deleted study
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreStudy"];
  };
  "/v1/findings": {
    /**
     * List findings
     * @description A page of records.
     */
    get: operations["listFindings"];
    /**
     * Create a finding
     * @description Write key; what it references must exist.
     */
    post: operations["createFinding"];
  };
  "/v1/findings.{extension}": {
    /**
     * Export every findings record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportFindings"];
  };
  "/v1/findings/{id}": {
    /**
     * Get one finding by id
     * @description One record, with its citations.
     */
    get: operations["getFinding"];
    /**
     * Replace a finding
     * @description Write key and If-Match.
     */
    put: operations["replaceFinding"];
    /**
     * Delete a finding
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteFinding"];
    /**
     * Update a finding (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateFinding"];
  };
  "/v1/findings/{id}.jsonld": {
    /**
     * One finding as schema.org JSON-LD
     * @description As schema.org Claim (whose report it is, and the study it is based on).
     */
    get: operations["getFindingJsonLd"];
  };
  "/v1/findings/{id}/restore": {
    /**
     * Restore a deleted finding
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreFinding"];
  };
  "/v1/faqs": {
    /**
     * List faqs
     * @description A page of records.
     */
    get: operations["listFaqs"];
    /**
     * Create a faq
     * @description Write key; what it references must exist.
     */
    post: operations["createFaq"];
  };
  "/v1/faqs.{extension}": {
    /**
     * Export every faqs record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportFaqs"];
  };
  "/v1/faqs/{id}": {
    /**
     * Get one faq by id
     * @description One record, with its citations.
     */
    get: operations["getFaq"];
    /**
     * Replace a faq
     * @description Write key and If-Match.
     */
    put: operations["replaceFaq"];
    /**
     * Delete a faq
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteFaq"];
    /**
     * Update a faq (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateFaq"];
  };
  "/v1/faqs/{id}.jsonld": {
    /**
     * One faq as schema.org JSON-LD
     * @description As schema.org Question with its acceptedAnswer.
     */
    get: operations["getFaqJsonLd"];
  };
  "/v1/faqs/{id}/restore": {
    /**
     * Restore a deleted faq
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreFaq"];
  };
  "/v1/session-phases": {
    /**
     * List session phases
     * @description A page of records.
     */
    get: operations["listSessionPhases"];
    /**
     * Create a session phase
     * @description Write key; what it references must exist.
     */
    post: operations["createSessionPhase"];
  };
  "/v1/session-phases.{extension}": {
    /**
     * Export every session phases record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportSessionPhases"];
  };
  "/v1/session-phases/{id}": {
    /**
     * Get one session phase by id
     * @description One record, with its citations.
     */
    get: operations["getSessionPhase"];
    /**
     * Replace a session phase
     * @description Write key and If-Match.
     */
    put: operations["replaceSessionPhase"];
    /**
     * Delete a session phase
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteSessionPhase"];
    /**
     * Update a session phase (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateSessionPhase"];
  };
  "/v1/session-phases/{id}.jsonld": {
    /**
     * One sessionphase as schema.org JSON-LD
     * @description As schema.org CreativeWork.
     */
    get: operations["getSessionPhaseJsonLd"];
  };
  "/v1/session-phases/{id}/restore": {
    /**
     * Restore a deleted session phase
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreSessionPhase"];
  };
  "/v1/guides": {
    /**
     * List guides
     * @description A page of records.
     */
    get: operations["listGuides"];
    /**
     * Create a guide
     * @description Write key; what it references must exist.
     */
    post: operations["createGuide"];
  };
  "/v1/guides.{extension}": {
    /**
     * Export every guides record as CSV or NDJSON
     * @description Streamed.
     */
    get: operations["exportGuides"];
  };
  "/v1/guides/{id}": {
    /**
     * Get one guide by id
     * @description One record, with its citations.
     */
    get: operations["getGuide"];
    /**
     * Replace a guide
     * @description Write key and If-Match.
     */
    put: operations["replaceGuide"];
    /**
     * Delete a guide
     * @description Soft delete, restorable; 409 while referenced.
     */
    delete: operations["deleteGuide"];
    /**
     * Update a guide (JSON Merge Patch)
     * @description Write key and If-Match.
     */
    patch: operations["updateGuide"];
  };
  "/v1/guides/{id}.jsonld": {
    /**
     * One guide as schema.org JSON-LD
     * @description As schema.org CreativeWork.
     */
    get: operations["getGuideJsonLd"];
  };
  "/v1/guides/{id}/restore": {
    /**
     * Restore a deleted guide
     * @description Undoes a delete, as a new version.
     */
    post: operations["restoreGuide"];
  };
  "/v1/webhooks": {
    /**
     * List your webhook endpoints
     * @description The endpoints registered with this key (never those of another key), without their secrets.
     */
    get: operations["listWebhooks"];
    /**
     * Register a webhook endpoint
     * @description Needs a key with the `webhooks` scope. The endpoint receives every change-feed event its filters select, as a signed POST (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`). The `secret` is in this response only: store it. The URL must be https and resolve only to public addresses (422 otherwise); a key holds at most `WEBHOOK_MAX_ENDPOINTS` endpoints (409).
     */
    post: operations["createWebhook"];
  };
  "/v1/webhooks/{id}": {
    /**
     * Get a webhook endpoint
     * @description One endpoint of this key, with its state (enabled, failures in a row, why it was disabled).
     */
    get: operations["getWebhook"];
    /**
     * Delete a webhook endpoint
     * @description Stops deliveries to it at once and deletes its delivery log.
     */
    delete: operations["deleteWebhook"];
    /**
     * Change, re-enable or pause a webhook endpoint
     * @description A merge patch (`application/merge-patch+json` or `application/json`): `url`, `description`, `collections`, `actions` (`null` clears a filter: every collection or action), and `enabled`: `true` re-enables an endpoint disabled after failures (its waiting events are sent from where it stopped), `false` pauses it. A new URL is checked like at registration. Filters apply to events taken into the outbox from then on.
     */
    patch: operations["updateWebhook"];
  };
  "/v1/webhooks/{id}/rotate-secret": {
    /**
     * Rotate the signing secret
     * @description A new secret, in this response only. For 24 hours messages carry two signatures (`v1,<new> v1,<old>`), so receivers can switch without missing any.
     */
    post: operations["rotateWebhookSecret"];
  };
  "/v1/webhooks/{id}/deliveries": {
    /**
     * Delivery log of an endpoint
     * @description Its deliveries, newest event first, each with its status and its latest attempts (when, how long, the status code or the error). Delivered and given-up deliveries are kept for `WEBHOOK_LOG_RETENTION`.
     */
    get: operations["listWebhookDeliveries"];
  };
  "/v1/webhooks/{id}/deliveries/{delivery_id}": {
    /**
     * One delivery and its attempts
     * @description The message (the change-feed event it carries), its status and up to its 100 latest attempts.
     */
    get: operations["getWebhookDelivery"];
  };
  "/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver": {
    /**
     * Send a delivery again
     * @description Queues the same message (same `webhook-id` and body, a fresh timestamp and signature) to be sent at once, whatever its status: a given-up delivery gets a new round of attempts. Later events of the same record wait for it, as always. 409 while the endpoint is disabled: re-enable it first.
     */
    post: operations["redeliverWebhookDelivery"];
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Where a fact comes from: a source and a verbatim excerpt of it. */
    CitationInput: {
      source_id: components["schemas"]["Citation"]["source_id"];
      excerpt: components["schemas"]["Citation"]["excerpt"];
      section: components["schemas"]["Citation"]["section"];
    };
    /** @description What a statement applies to, who says it, and with what qualifier. */
    ScopeInput: {
      level: components["schemas"]["Scope"]["level"];
      format: components["schemas"]["Scope"]["format"];
      program_ids: components["schemas"]["Scope"]["program_ids"];
      stated_by: components["schemas"]["Scope"]["stated_by"];
      hedge: components["schemas"]["Scope"]["hedge"];
      via?: components["schemas"]["Scope"]["via"];
      inferred: components["schemas"]["Scope"]["inferred"];
    };
    AccessStepInput: {
      kind: components["schemas"]["AccessStep"]["kind"];
      text: components["schemas"]["AccessStep"]["text"];
      organization_id: components["schemas"]["AccessStep"]["organization_id"];
      source_id: components["schemas"]["AccessStep"]["source_id"];
      hedge: components["schemas"]["AccessStep"]["hedge"];
      inferred: components["schemas"]["AccessStep"]["inferred"];
    };
    /** @description How to reach and apply to the program, as the source gives it. */
    ProgramAccessInput: {
      website: components["schemas"]["ProgramAccess"]["website"];
      website_organization_id: components["schemas"]["ProgramAccess"]["website_organization_id"];
      website_inferred: components["schemas"]["ProgramAccess"]["website_inferred"];
      /** @description How to apply, in the order the source gives; empty when the source says nothing about it. */
      steps: components["schemas"]["AccessStepInput"][];
    };
    /** @description A role a source gives the condition, with that statement's own scope and excerpts. */
    ConditionRoleStatementInput: {
      role: components["schemas"]["ConditionRole"];
      /** @description Of what, by whom (`stated_by`: exactly the sources of its citations) and with what qualifier (`hedge`) this statement names the condition. */
      scope: components["schemas"]["ScopeInput"];
      /** @description The excerpts that say it: each one of the record's citations, from a source in `scope.stated_by`. */
      citations: components["schemas"]["CitationInput"][];
      named_as: components["schemas"]["ConditionRoleStatement"]["named_as"];
    };
    GuideItemInput: {
      text: string;
      value_min: components["schemas"]["GuideItem"]["value_min"];
      value_max: components["schemas"]["GuideItem"]["value_max"];
      unit: components["schemas"]["GuideItem"]["unit"];
      /** @description Who states the item (a source the guide cites, with its qualifier verbatim) and what it is said of: named programs, a format, or ketamine therapy in general. */
      scope: components["schemas"]["ScopeInput"];
    };
    PracticalRuleInput: {
      rule: string;
      value_min: components["schemas"]["GuideItem"]["value_min"];
      value_max: components["schemas"]["GuideItem"]["value_max"];
      unit: components["schemas"]["PracticalRule"]["unit"];
      /** @description Who states the rule (a source the phase cites, with its qualifier verbatim) and what it is said of: one program (e.g. Roots to Thrive group sizes), a format, or ketamine therapy in general. */
      scope: components["schemas"]["ScopeInput"];
    };
    /** @description A webhook endpoint to register. */
    WebhookCreateInput: {
      /**
       * @description The HTTPS URL that receives the events (POST), kept as the WHATWG URL parser writes it (tab, line break, backslash, edge space: 422). It must resolve only to public addresses; redirects are not followed.
       * @example https://partner.example/katalog/webhooks
       */
      url: string;
      /**
       * @description A note for the owner.
       * @example Directory sync
       */
      description?: string;
      /**
       * @description Deliver only events of these collections (all when absent or null).
       * @example [
       *       "programs",
       *       "prices"
       *     ]
       */
      collections?: ("sources" | "conditions" | "organizations" | "dosing-routes" | "programs" | "prices" | "contraindications" | "format-fit" | "studies" | "findings" | "faqs" | "session-phases" | "guides")[];
      /**
       * @description Deliver only these actions (all when absent or null).
       * @example [
       *       "created",
       *       "updated",
       *       "deleted"
       *     ]
       */
      actions?: ("created" | "updated" | "deleted" | "restored")[];
      /**
       * @description Deliver the events after this change-feed cursor (`meta.next_cursor` of `/v1/changes`; `0` for the whole feed). Default: only events after registration.
       * @example 240
       */
      since?: string;
    };
    /** @description An RFC 7396 merge patch of the endpoint: `null` clears `description`, `collections` or `actions`. */
    WebhookPatchInput: {
      url?: components["schemas"]["WebhookCreateInput"]["url"];
      description?: string | null;
      collections?: ("sources" | "conditions" | "organizations" | "dosing-routes" | "programs" | "prices" | "contraindications" | "format-fit" | "studies" | "findings" | "faqs" | "session-phases" | "guides")[] | null;
      actions?: ("created" | "updated" | "deleted" | "restored")[] | null;
      /** @description `true` re-enables a disabled endpoint (its failure count is cleared and its waiting events are sent at once); `false` pauses it. */
      enabled?: boolean;
    };
    /** @description An RFC 7396 JSON Merge Patch of the record (`application/merge-patch+json`, or `application/json`): null removes a field, objects merge, arrays replace. The result must validate as a whole. */
    MergePatchInput: {
      [key: string]: unknown;
    };
    /** @description A new Source: every writable field (as `SourceReplaceInput`, with its rules), with its id. */
    SourceCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["SourceReplaceInput"], "id">;
    /** @description A whole Source replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): url: an address a cited excerpt writes; authors_complete is not true when authors is empty; a title no excerpt writes is marked (title_inferred: true); a publisher no excerpt writes as a name (capitalised words, in its case) is marked (publisher_inferred: true). */
    SourceReplaceInput: {
      title: string;
      /**
       * @description True: no source gives the title, `title` is Katalog’s description (false only if an excerpt writes it).
       * @default false
       */
      title_inferred: boolean;
      publisher: components["schemas"]["SourceSparse"]["publisher"];
      journal: components["schemas"]["SourceSparse"]["journal"];
      publisher_inferred: components["schemas"]["SourceSparse"]["publisher_inferred"];
      authors: components["schemas"]["SourceSparse"]["authors"];
      /**
       * @description True: the citing article gives `authors` whole; false: after "et al." (JSON-LD: creditText); null: not known (always when no author is named).
       * @default null
       */
      authors_complete: boolean | null;
      year: components["schemas"]["SourceSparse"]["year"];
      url: components["schemas"]["SourceSparse"]["url"];
      kind: components["schemas"]["SourceSparse"]["kind"];
      updated: components["schemas"]["SourceSparse"]["updated"];
      /** @description Where the source is named: for the two articles themselves, their title line. */
      citations: components["schemas"]["CitationInput"][];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new Condition: every writable field (as `ConditionReplaceInput`, with its rules), with its id. */
    ConditionCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["ConditionReplaceInput"], "id">;
    /** @description A whole Condition replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): each of a role statement's named_as is whole words of one of its excerpts that name the condition; roles lists the roles of role_statements, each once, in their order; scope is the scope every role statement shares, or null when they differ; each role statement's scope.stated_by names exactly the sources of its citations, each one of the record's citations. */
    ConditionReplaceInput: {
      name: components["schemas"]["ConditionSparse"]["name"];
      alternate_names: components["schemas"]["ConditionSparse"]["alternate_names"];
      category: components["schemas"]["ConditionSparse"]["category"];
      roles: components["schemas"]["ConditionSparse"]["roles"];
      /** @description One entry per statement naming the condition: role, own scope, excerpts. A condition named does not mean the treatment works for it: see findings. */
      role_statements: components["schemas"]["ConditionRoleStatementInput"][];
      /** @description The scope all of `role_statements` share, or null when they differ (read each role's own). */
      scope: components["schemas"]["ScopeInput"] | null;
      note: components["schemas"]["ConditionSparse"]["note"];
      /** @description Where the record comes from: at least one verbatim excerpt of a source. */
      citations: components["schemas"]["CitationInput"][];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new Organization: every writable field (as `OrganizationReplaceInput`, with its rules), with its id. */
    OrganizationCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["OrganizationReplaceInput"], "id">;
    /** @description A whole Organization replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): website: an address a cited excerpt writes; website_organization_id needs website. */
    OrganizationReplaceInput: {
      name: string;
      kind: components["schemas"]["OrganizationSparse"]["kind"];
      description: string;
      parent_organization_id: components["schemas"]["OrganizationSparse"]["parent_organization_id"];
      partner_organization_ids: components["schemas"]["OrganizationSparse"]["partner_organization_ids"];
      city: string | null;
      region: components["schemas"]["OrganizationSparse"]["region"];
      country: components["schemas"]["OrganizationSparse"]["country"];
      inferred_place_parts: components["schemas"]["OrganizationSparse"]["inferred_place_parts"];
      website: components["schemas"]["OrganizationSparse"]["website"];
      website_organization_id: components["schemas"]["OrganizationSparse"]["website_organization_id"];
      /** @description How to reach and apply to the organization (e.g. ATMA CENA’s intake call), in the order the source gives; empty when it says nothing about it. */
      access_steps: components["schemas"]["AccessStepInput"][];
      named_in_source: components["schemas"]["OrganizationSparse"]["named_in_source"];
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new DosingRoute: every writable field (as `DosingRouteReplaceInput`, with its rules), with its id. */
    DosingRouteCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["DosingRouteReplaceInput"], "id">;
    /** @description A whole DosingRoute replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): dose_max ≥ dose_min; dose_min needs dose_unit; dose_max needs dose_unit; dose_max needs dose_min; dose_min, dose_max: figures an excerpt writes with dose_unit, for this route. */
    DosingRouteReplaceInput: {
      name: string;
      abbreviation: string | null;
      forms: components["schemas"]["DosingRouteSparse"]["forms"];
      dose_min: components["schemas"]["DosingRouteSparse"]["dose_min"];
      dose_max: components["schemas"]["DosingRouteSparse"]["dose_max"];
      dose_unit: components["schemas"]["DosingRouteSparse"]["dose_unit"];
      /** @description What the dose range is said of and by whom, with the source’s qualifier ("typically … carefully adjusted"); null when no dose is given. A program shows the dose as its own only when this scope names the program. */
      dose_scope: components["schemas"]["ScopeInput"] | null;
      description: string;
      /** @enum {string} */
      used_in_group_settings: "yes" | "less_common" | "not_stated";
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new Program: every writable field (as `ProgramReplaceInput`, with its rules), with its id. */
    ProgramCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["ProgramReplaceInput"], "id">;
    /** @description A whole Program replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): access.website: an address a cited excerpt writes; duration_weeks, medicine_sessions, medicine_sessions_max, group_size_min, group_size_max: figures its excerpts write; medicine_sessions_max ≥ medicine_sessions; medicine_sessions_max needs medicine_sessions; group_size_max ≥ group_size_min; group_size_min needs group_size_basis; group_size_max needs group_size_basis; group_size_basis needs group_size_min; dosing_setting_inferred marks dosing_setting as inferred: each one given is in inferred_fields; place_inferred marks city, region, country as inferred: each one given is in inferred_fields; inferred_place_parts marks city, region, country as inferred: each one given is in inferred_fields; access: website_organization_id needs website, website needs website_organization_id. */
    ProgramReplaceInput: {
      name: string;
      organization_id: components["schemas"]["ProgramSparse"]["organization_id"];
      format: components["schemas"]["PriceSparse"]["format"];
      dosing_setting: components["schemas"]["ProgramSparse"]["dosing_setting"];
      dosing_setting_inferred: components["schemas"]["ProgramSparse"]["dosing_setting_inferred"];
      integration_setting: components["schemas"]["ProgramSparse"]["integration_setting"];
      generic: components["schemas"]["ProgramSparse"]["generic"];
      duration_weeks: components["schemas"]["ProgramSparse"]["duration_weeks"];
      medicine_sessions: components["schemas"]["ProgramSparse"]["medicine_sessions"];
      medicine_sessions_max: components["schemas"]["ProgramSparse"]["medicine_sessions_max"];
      group_size_min: components["schemas"]["ProgramSparse"]["group_size_min"];
      group_size_max: components["schemas"]["ProgramSparse"]["group_size_max"];
      group_size_basis: components["schemas"]["ProgramSparse"]["group_size_basis"];
      structure: components["schemas"]["ProgramSparse"]["structure"];
      city: components["schemas"]["ProgramSparse"]["city"];
      region: components["schemas"]["ProgramSparse"]["region"];
      country: components["schemas"]["OrganizationSparse"]["country"];
      place_inferred: components["schemas"]["ProgramSparse"]["place_inferred"];
      inferred_place_parts: components["schemas"]["OrganizationSparse"]["inferred_place_parts"];
      access: components["schemas"]["ProgramAccessInput"];
      routes: components["schemas"]["ProgramSparse"]["routes"];
      conditions: components["schemas"]["ProgramSparse"]["conditions"];
      description: string;
      financial_assistance: components["schemas"]["ProgramSparse"]["financial_assistance"];
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      /** @default [] */
      inferred_fields: components["schemas"]["ProgramInferredFields"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new Price: every writable field (as `PriceReplaceInput`, with its rules), with its id. */
    PriceCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["PriceReplaceInput"], "id">;
    /** @description A whole Price replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): sessions_included, sessions_included_max: figures its excerpts write; unit as its texts say it ("/additional": per_additional_session or per_session; retreat, first year, a year); amount_max ≥ amount_min; amount_max needs amount_min; currency_implied marks currency as inferred: each one given is in inferred_fields; open_ended: true leaves amount_max null (an open-ended price such as "$10,000+" has no upper amount); when open_ended is true: amount_min is given; open_ended_from is given only when open_ended is true; approximate is true exactly when hedges is not empty (the flag and the source’s qualifiers agree); each amount is a price figure amount_text writes (1,530.50), not a ceiling or a discount; a currency it names beside it (a code, sign or word) is the currency; a bound written beside an amount ("+", "and up", "over", "from") is open_ended, a qualifier ("~", "about", "approx.") is in hedges, a tax amount_text names is its tax_note, in its words; open_ended_from ≥ amount_min; sessions_included_max ≥ sessions_included; sessions_included_max needs sessions_included. */
    PriceReplaceInput: {
      program_id: components["schemas"]["PriceSparse"]["program_id"];
      label: string;
      format: components["schemas"]["PriceSparse"]["format"];
      amount_min: components["schemas"]["PriceSparse"]["amount_min"];
      amount_max: components["schemas"]["PriceSparse"]["amount_max"];
      open_ended: components["schemas"]["PriceSparse"]["open_ended"];
      open_ended_from: components["schemas"]["PriceSparse"]["open_ended_from"];
      approximate: components["schemas"]["PriceSparse"]["approximate"];
      hedges: components["schemas"]["PriceSparse"]["hedges"];
      amount_text: components["schemas"]["PriceSparse"]["amount_text"];
      currency: components["schemas"]["Currency"];
      currency_implied: components["schemas"]["PriceSparse"]["currency_implied"];
      unit: components["schemas"]["CostPair"]["unit"];
      treatment: components["schemas"]["CostFigure"]["treatment"];
      includes: components["schemas"]["PriceSparse"]["includes"];
      sessions_included: components["schemas"]["PriceSparse"]["sessions_included"];
      sessions_included_max: components["schemas"]["PriceSparse"]["sessions_included_max"];
      tax_note: components["schemas"]["PriceSparse"]["tax_note"];
      note: components["schemas"]["ConditionSparse"]["note"];
      published_year: components["schemas"]["PriceSparse"]["published_year"];
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      /** @default [] */
      inferred_fields: components["schemas"]["PriceInferredFields"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new Contraindication: every writable field (as `ContraindicationReplaceInput`, with its rules), with its id. */
    ContraindicationCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["ContraindicationReplaceInput"], "id">;
    /** @description A whole Contraindication replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): category as its hedge words it (avoid, careful evaluation, need to); scope of the format it applies to. */
    ContraindicationReplaceInput: {
      condition: string;
      /**
       * @description The conditions (see /v1/conditions) this contraindication names; empty when it names none.
       * @default []
       */
      condition_ids: components["schemas"]["Id"][];
      category: components["schemas"]["ContraindicationSparse"]["category"];
      applies_to: components["schemas"]["ContraindicationSparse"]["applies_to"];
      /** @description What the statement is said of (ketamine therapy in general, a format, or named programs) and by which source, with its qualifier. A program shows it as its own only when the scope names that program. */
      scope: components["schemas"]["ScopeInput"];
      inferred: components["schemas"]["ContraindicationSparse"]["inferred"];
      note: components["schemas"]["ConditionSparse"]["note"];
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new FormatFit: every writable field (as `FormatFitReplaceInput`, with its rules), with its id. */
    FormatFitCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["FormatFitReplaceInput"], "id">;
    /** @description A whole FormatFit replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): favoured_format is the column whose cell alone begins with a mark (✓ ✔ ✅ ☑), else neither; inferred false: an excerpt writes the whole row. */
    FormatFitReplaceInput: {
      situation: string;
      position: components["schemas"]["FormatFitSparse"]["position"];
      group_format: components["schemas"]["FormatFitSparse"]["group_format"];
      individual_format: components["schemas"]["FormatFitSparse"]["individual_format"];
      favoured_format: components["schemas"]["FormatFitSparse"]["favoured_format"];
      inferred: components["schemas"]["FormatFitSparse"]["inferred"];
      note: components["schemas"]["ConditionSparse"]["note"];
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new Study: every writable field (as `StudyReplaceInput`, with its rules), with its id. */
    StudyCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["StudyReplaceInput"], "id">;
    /** @description A whole Study replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): participants, medicine_sessions, duration_weeks, follow_up_months: figures its excerpts write; participants_qualifier needs participants; authors_complete is not true when authors is empty; a title no excerpt writes is marked (inferred_fields lists title). */
    StudyReplaceInput: {
      title: string;
      authors: components["schemas"]["StudySparse"]["authors"];
      authors_complete?: components["schemas"]["SourceReplaceInput"]["authors_complete"];
      year: components["schemas"]["SourceSparse"]["year"];
      journal: components["schemas"]["StudySparse"]["journal"];
      journal_reference: components["schemas"]["StudySparse"]["journal_reference"];
      url: components["schemas"]["StudySparse"]["url"];
      source_id: components["schemas"]["StudySparse"]["source_id"];
      design: string;
      population: components["schemas"]["StudySparse"]["population"];
      intervention: components["schemas"]["StudySparse"]["intervention"];
      participants: components["schemas"]["StudySparse"]["participants"];
      participants_qualifier: components["schemas"]["StudySparse"]["participants_qualifier"];
      duration_weeks: components["schemas"]["StudySparse"]["duration_weeks"];
      follow_up_months: components["schemas"]["StudySparse"]["follow_up_months"];
      medicine_sessions: components["schemas"]["StudySparse"]["medicine_sessions"];
      conditions: components["schemas"]["StudySparse"]["conditions"];
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      /** @default [] */
      inferred_fields: components["schemas"]["StudyInferredFields"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new Finding: every writable field (as `FindingReplaceInput`, with its rules), with its id. */
    FindingCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["FindingReplaceInput"], "id">;
    /** @description A whole Finding replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): value, denominator: figures its excerpts write; value needs value_unit; value_qualifier, direction: as worded; when value_unit is "participants": denominator ≥ value; value: participants whole ≥ 0; sessions, events, months ≥ 0; percent 0–100 but a rise; ≤ 2^53 − 1. */
    FindingReplaceInput: {
      study_id: components["schemas"]["FindingSparse"]["study_id"];
      condition: components["schemas"]["FindingSparse"]["condition"];
      measure: components["schemas"]["FindingSparse"]["measure"];
      value: components["schemas"]["FindingSparse"]["value"];
      value_unit: components["schemas"]["FindingSparse"]["value_unit"];
      value_qualifier: components["schemas"]["FindingSparse"]["value_qualifier"];
      denominator: components["schemas"]["FindingSparse"]["denominator"];
      direction: components["schemas"]["FindingSparse"]["direction"];
      summary: string;
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      /** @default [] */
      inferred_fields: components["schemas"]["FindingInferredFields"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new Faq: every writable field (as `FaqReplaceInput`, with its rules), with its id. */
    FaqCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["FaqReplaceInput"], "id">;
    /** @description A whole Faq replacing the stored one; the id is the one in the path. */
    FaqReplaceInput: {
      question: string;
      answer: components["schemas"]["FaqSparse"]["answer"];
      answered_by: components["schemas"]["FaqSparse"]["answered_by"];
      position: number;
      /** @description Records the answer is about. */
      related: {
        /** @description The collection of the record (its URL segment, e.g. format-fit). */
        collection: string;
        id: components["schemas"]["Id"];
      }[];
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new SessionPhase: every writable field (as `SessionPhaseReplaceInput`, with its rules), with its id. */
    SessionPhaseCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["SessionPhaseReplaceInput"], "id">;
    /** @description A whole SessionPhase replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): duration_max_minutes ≥ duration_min_minutes; each of practical_rules: value_max ≥ value_min, value_min, value_max: figures rule writes, with unit, value_min, value_max: written with unit; duration_min_minutes, duration_max_minutes: figures written in minutes or hours. */
    SessionPhaseReplaceInput: {
      name: string;
      position: number;
      description: string;
      duration_min_minutes: components["schemas"]["SessionPhaseSparse"]["duration_min_minutes"];
      duration_max_minutes: components["schemas"]["SessionPhaseSparse"]["duration_max_minutes"];
      practical_rules: components["schemas"]["PracticalRuleInput"][];
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /** @description A new Guide: every writable field (as `GuideReplaceInput`, with its rules), with its id. */
    GuideCreateInput: {
      id: components["schemas"]["Id"];
    } & WithRequired<components["schemas"]["GuideReplaceInput"], "id">;
    /** @description A whole Guide replacing the stored one; the id is the one in the path. Rules across fields (422 when one is broken): each of items: value_max ≥ value_min, value_min, value_max: figures text writes, with unit, unit: as text writes it. */
    GuideReplaceInput: {
      topic: components["schemas"]["GuideSparse"]["topic"];
      title: string;
      summary: string;
      items: components["schemas"]["GuideItemInput"][];
      citations: components["schemas"]["ConditionReplaceInput"]["citations"];
      id?: unknown;
      version?: unknown;
      created_at?: unknown;
      updated_at?: unknown;
    };
    /**
     * @description Stable string identifier (slug).
     * @example roots-to-thrive-group
     */
    Id: string;
    /**
     * Format: date-time
     * @description RFC 3339 timestamp (UTC).
     * @example 2026-11-22T00:00:00.000Z
     */
    Timestamp: string;
    /** @description Where a fact comes from: a source and a verbatim excerpt of it. */
    Citation: {
      /** @description Id of the source (see /v1/sources) the excerpt is quoted from. */
      source_id: components["schemas"]["Id"];
      /** @description Verbatim quotation from the source (at most 200 characters). */
      excerpt: string;
      /** @description Heading of the section the excerpt comes from. */
      section: string;
    };
    /** @description What a statement applies to, who says it, and with what qualifier. */
    Scope: {
      /**
       * @description What the statement is said of: one or more specific programs (`program_ids`), a treatment format (`format`), or ketamine therapy in general.
       * @enum {string}
       */
      level: "program" | "format" | "ketamine_therapy";
      /** @description For `level: format`: the group format or the individual format, as the stating source words it; null otherwise. */
      format: ("group" | "individual") | null;
      /** @description For `level: program`: the programs the source says it of (see /v1/programs); empty otherwise. */
      program_ids: components["schemas"]["Id"][];
      /** @description The sources (see /v1/sources) that say it; each is among the record’s citations. */
      stated_by: components["schemas"]["Id"][];
      /** @description The source’s own qualifier or modality, verbatim ("generally", "typically … carefully adjusted", "might"); qualifiers of different sentences separated by "; " (a section’s and the sentence’s own: "most follow; usually"); null when the source states it plainly or the value is inferred. */
      hedge: string | null;
      /** @description Whom the stating source reports the statement from, in the source’s own words (the KAIR article: "one program"); absent or null when the source says it in its own voice. Derived views name both, and credit the reported one only with the words the source quotes from it. */
      via?: string | null;
      /** @description True when what the statement is said of (level, format, programs) is Katalog’s reading of the source, not its words (e.g. a group-format scope read from "might impact group dynamics"); the citations hold what supports the reading. Derived views word such a statement as Katalog’s inference. */
      inferred: boolean;
    };
    AccessStep: {
      /**
       * @description intake_call: a call that decides the format and orients the patient; intake_assessment: the program’s own intake (readiness, fit); screening: medical and psychological screening; registration; coordinated_care: coordination between providers (e.g. dosing in one place, integration in another).
       * @enum {string}
       */
      kind: "intake_call" | "intake_assessment" | "screening" | "registration" | "coordinated_care";
      /** @description The step as the source gives it, naming the source. */
      text: string;
      /** @description Who runs the step (e.g. ATMA CENA for its intake call); null when the source does not say. */
      organization_id: components["schemas"]["Id"] | null;
      /** @description The source that gives the step (see /v1/sources); the program cites it. */
      source_id: components["schemas"]["Id"];
      /** @description The source’s own qualifier, verbatim ("where appropriate", "can help"); null when stated plainly. */
      hedge: string | null;
      /** @description True when the step is Katalog’s reading: the source gives it for another program or for the organization (e.g. the ATMA CENA intake call, given for the Roots to Thrive pathway, applied to a member clinic’s program), not for this program. Derived views (JSON-LD) do not show an inferred step as the program’s own. */
      inferred: boolean;
    };
    /** @description A source the content is curated from or that the articles cite. */
    Source: WithRequired<components["schemas"]["SourceSparse"], "id" | "title" | "title_inferred" | "publisher" | "journal" | "publisher_inferred" | "authors" | "authors_complete" | "year" | "url" | "kind" | "updated" | "citations" | "version" | "created_at" | "updated_at">;
    /** @description An error, as RFC 9457 application/problem+json. */
    Problem: {
      /**
       * @description URI reference identifying the problem type (a client branches on it); the README lists them.
       * @example /problems/validation-error
       * @enum {string}
       */
      type: "/problems/validation-error" | "/problems/unauthorized" | "/problems/forbidden" | "/problems/not-found" | "/problems/method-not-allowed" | "/problems/not-acceptable" | "/problems/request-timeout" | "/problems/conflict" | "/problems/precondition-failed" | "/problems/payload-too-large" | "/problems/uri-too-long" | "/problems/unsupported-media-type" | "/problems/expectation-failed" | "/problems/unprocessable-content" | "/problems/precondition-required" | "/problems/rate-limited" | "/problems/headers-too-large" | "/problems/internal-error" | "/problems/not-implemented" | "/problems/unavailable" | "about:blank";
      /** @description Short summary of the problem type. */
      title: string;
      status: number;
      /** @description What went wrong with this request. */
      detail: string;
      /** @description Identifies this occurrence: contains the request id. */
      instance: string;
      request_id: string;
      /** @description Every invalid parameter or field, for validation problems. */
      errors?: {
        /** @description The parameter or body field at fault. */
        name: string;
        /** @enum {string} */
        in: "query" | "path" | "header" | "body";
        detail: string;
      }[];
    };
    /**
     * @description Katalog is information, not medical advice: carried by every response that carries content.
     * @constant
     */
    Disclaimer: "Katalog is information, not medical advice. Its content is curated from published articles and cites them; it does not diagnose, recommend or decide eligibility for any treatment. Talk to a licensed healthcare professional before making treatment decisions.";
    /** @description An organization that runs, partners in or funds a program. */
    Organization: {
      programs?: never;
      sources?: never;
    } & components["schemas"]["OrganizationExpanded"];
    /** @description How to reach and apply to the program, as the source gives it. */
    ProgramAccess: {
      /** @description Address of the program or of its provider exactly as the source gives it (e.g. in its list of sources); null when it gives none. Whose site it is: `website_organization_id`. */
      website: string | null;
      /** @description The organization whose site the address is (the program’s own organization, or e.g. the network a member clinic belongs to); null exactly when `website` is null. */
      website_organization_id: components["schemas"]["Id"] | null;
      /** @description True when whose site it is, is Katalog’s reading (e.g. an address on the network’s domain that the source lists for a member clinic); derived views (JSON-LD) show the address as the program’s channel only when it is its own organization’s site and not inferred. */
      website_inferred: boolean;
      /** @description How to apply, in the order the source gives; empty when the source says nothing about it. */
      steps: components["schemas"]["AccessStep"][];
    };
    /** @description Fields whose value is Katalog's reading, not what a source says of this record (e.g. the KAIR Program retreats read as group format from its conclusion, which speaks of "a supportive group setting" without naming the retreats); its citations hold what supports it. JSON-LD never states them. */
    ProgramInferredFields: ("name" | "organization_id" | "format" | "dosing_setting" | "integration_setting" | "generic" | "duration_weeks" | "medicine_sessions" | "medicine_sessions_max" | "group_size_min" | "group_size_max" | "group_size_basis" | "structure" | "city" | "region" | "country" | "access" | "routes" | "conditions" | "description" | "financial_assistance")[];
    /** @description A ketamine-assisted therapy program, track or pathway. */
    Program: {
      organization?: never;
      condition_records?: never;
      prices?: never;
      dosing_routes?: never;
      sources?: never;
    } & components["schemas"]["ProgramExpanded"];
    /**
     * @description ISO 4217 currency code.
     * @example CAD
     * @example USD
     * @enum {string}
     */
    Currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XDR" | "XOF" | "XPF" | "XSU" | "YER" | "ZAR" | "ZMW" | "ZWG" | "ZWL";
    /** @description Fields whose value is Katalog's reading, not what a source says of this record (e.g. the "3 sessions" of the Roots to Thrive individual track read as medicine sessions of ketamine-assisted therapy, as the group cohort's are; the cost comparison says so of every figure whose treatment or sessions are listed); its citations hold what supports it. JSON-LD never states them. */
    PriceInferredFields: ("program_id" | "label" | "format" | "amount_min" | "amount_max" | "open_ended" | "open_ended_from" | "approximate" | "hedges" | "amount_text" | "currency" | "currency_implied" | "unit" | "treatment" | "includes" | "sessions_included" | "sessions_included_max" | "tax_note" | "note" | "published_year")[];
    /** @description A price or price range, exactly as a source states it. Never converted between currencies. */
    Price: {
      program?: never;
      sources?: never;
    } & components["schemas"]["PriceExpanded"];
    CostFigure: {
      price_id: components["schemas"]["Id"];
      /** @description Null for a market-wide figure. */
      program_id: components["schemas"]["Id"] | null;
      label: string;
      amount_min: number;
      /** @description Null for a single figure or an open-ended one. */
      amount_max: number | null;
      open_ended: boolean;
      /** @description The figure written before "+" ("$10,000+"). */
      open_ended_from: number | null;
      /** @description As written in the source. */
      amount_text: string;
      approximate: boolean;
      /** @description The qualifiers, verbatim: the source's own, or words of another figure or passage Katalog reads onto this amount, as the caveats say. */
      hedges: string[];
      /** @description True only when the source wrote this amount without a currency code. */
      currency_implied: boolean;
      /** @description As written ("+ GST", "+ tax"); null when none is stated. */
      tax_note: string | null;
      /**
       * @description The treatment the amount pays for: ketamine-assisted therapy (KAP/KAT, with preparation, dosing and integration), a ketamine infusion, an integration session without dosing (post-medicine processing, e.g. a group integration session for patients dosed privately), or not stated by the source ("individual sessions").
       * @enum {string}
       */
      treatment: "ketamine_assisted_therapy" | "ketamine_infusion" | "integration_only" | "not_stated";
      sessions_included: number | null;
      /** @description Length of the program the price is for. */
      duration_weeks: number | null;
      includes: string[];
      /** @description The price's fields that are Katalog's reading, not the source's words for this figure (e.g. its treatment or its medicine sessions); the caveats of a pair say so. */
      inferred_fields: string[];
      citations: components["schemas"]["CostClaim"]["citations"];
    };
    /** @description A group figure and an individual figure with the same unit and basis. */
    CostPair: {
      /**
       * @description What the amount pays for: `per_session` one session; `per_program` the whole program as written; `per_additional_session` a session beyond a program's; `per_year` a yearly rate; `first_year` a total for the first year of treatment, not a rate; `per_retreat` one retreat.
       * @enum {string}
       */
      unit: "per_session" | "per_program" | "per_additional_session" | "per_year" | "first_year" | "per_retreat";
      /** @description Why these two figures are comparable (same unit and basis). */
      basis: string;
      group: components["schemas"]["CostFigure"];
      individual: components["schemas"]["CostFigure"];
      /** @description Individual minus group, in the same currency and unit: indicative, never converted. */
      difference: {
        /** @description Lowest individual minus highest group amount. */
        min: number | null;
        /** @description Highest individual minus lowest group amount; null when open-ended. */
        max: number | null;
        approximate: boolean;
      };
      /** @description What differs between the two figures (tax basis, length, what is included). */
      caveats: string[];
    };
    /**
     * @description The roles keep the categories of /v1/contraindications apart. indication: ketamine therapy (or its group format, or a program) is used for or shows promise for it; study_population: participants of a reported study had it; study_outcome: a reported study measured it as an outcome ("PTSD diagnostic criteria"); contraindication: a source says those with it should avoid ketamine therapy (contraindication category `absolute`); requires_evaluation: a source says it requires careful evaluation or more thorough screening, not that it rules ketamine therapy out (category `requires_evaluation`); group_exclusion: a source says it generally excludes from, or is not appropriate for, the group format (said of ketamine therapy in general where its words name both formats: "(exclusion in both)"); individual_more_suitable: a source says the individual format is more suitable or safer for those with it than the group format (the format table's column "Individual format safer", with its cell's qualifier, e.g. "(or exclusion)"), not itself an exclusion.
     * @enum {string}
     */
    ConditionRole: "indication" | "study_population" | "study_outcome" | "contraindication" | "requires_evaluation" | "group_exclusion" | "individual_more_suitable";
    /** @description A role a source gives the condition, with that statement's own scope and excerpts. */
    ConditionRoleStatement: {
      role: components["schemas"]["ConditionRole"];
      /** @description Of what, by whom (`stated_by`: exactly the sources of its citations) and with what qualifier (`hedge`) this statement names the condition. */
      scope: components["schemas"]["Scope"];
      /** @description The excerpts that say it: each one of the record's citations, from a source in `scope.stated_by`. */
      citations: components["schemas"]["Citation"][];
      /** @description Words of its excerpts, verbatim, that qualify the condition where they name it ("active substance use disorders"; "a history of psychosis": past and current cases); several: each excerpt's wording. Empty when they name it unqualified, or leave open whether a qualifier is said of it (the note says). */
      named_as: string[];
    };
    /** @description A condition the sources name: one ketamine therapy is used or studied for, or one that rules it (or its group format) out. Information, not medical advice. */
    Condition: {
      sources?: never;
    } & components["schemas"]["ConditionExpanded"];
    /** @description A condition under a program, a study, a finding or a contraindication: statements not said of it are withheld (`withheld_fields`, `statements_withheld`). */
    IncludedCondition: {
      id: components["schemas"]["Id"];
      name: components["schemas"]["ConditionSparse"]["name"];
      alternate_names: components["schemas"]["ConditionSparse"]["alternate_names"];
      category: components["schemas"]["ConditionSparse"]["category"];
      roles: components["schemas"]["ConditionRole"][];
      /** @description Only those said of its owner (a program; a study, or a finding's study, that it reports; what a contraindication states). */
      role_statements: components["schemas"]["ConditionRoleStatement"][];
      scope: components["schemas"]["ConditionSparse"]["scope"];
      note: components["schemas"]["ConditionSparse"]["note"];
      /** @description Only the excerpts supporting what it says here: the kept statements', else the owner's own (a finding's: and its study's) naming it. */
      citations: components["schemas"]["Citation"][];
      version: components["schemas"]["ConditionSparse"]["version"];
      created_at: components["schemas"]["Timestamp"];
      updated_at: components["schemas"]["Timestamp"];
      /** @description The withheld statements, counted by reason (what its scope says it of, another source than a generic record's, a study's report, another role or line than a contraindication's; the rest, past its length, as other reasons). */
      statements_withheld?: string;
      link_inferred?: components["schemas"]["FindingWithLink"]["link_inferred"];
      /** @description Fields emptied or narrowed here: what is said in general, not of its owner (see /v1/conditions/{id}). */
      withheld_fields?: ("roles" | "role_statements" | "scope" | "note")[];
    };
    /** @description A contraindication or screening flag as the sources state it. Information, not medical advice. */
    Contraindication: {
      conditions?: never;
      sources?: never;
    } & components["schemas"]["ContraindicationExpanded"];
    /** @description A route of ketamine administration with the dose range the source gives. */
    DosingRoute: {
      sources?: never;
    } & components["schemas"]["DosingRouteExpanded"];
    /** @description A dosing route as a program includes it; what the route record says in general (dose range, forms, group use, description) and no source says of the program is withheld, and `withheld_fields` names it. */
    IncludedDosingRoute: {
      id: components["schemas"]["Id"];
      name: string;
      abbreviation: string | null;
      forms: components["schemas"]["DosingRouteSparse"]["forms"];
      dose_min: components["schemas"]["DosingRouteSparse"]["dose_min"];
      dose_max: components["schemas"]["DosingRouteSparse"]["dose_max"];
      dose_unit: components["schemas"]["DosingRouteSparse"]["dose_unit"];
      dose_scope: components["schemas"]["DosingRouteSparse"]["dose_scope"];
      /** @description Null where withheld (see `withheld_fields`): the record itself keeps it. */
      description: string | null;
      /** @description Null where withheld (see `withheld_fields`). */
      used_in_group_settings: ("yes" | "less_common" | "not_stated") | null;
      citations: components["schemas"]["ConditionSparse"]["citations"];
      version: components["schemas"]["ConditionSparse"]["version"];
      created_at: components["schemas"]["Timestamp"];
      updated_at: components["schemas"]["Timestamp"];
      /** @description Why the dose fields are null here: the dose is not said of this program (the record itself, at /v1/dosing-routes/{id}, keeps it). Absent when no dose is withheld. */
      dose_withheld?: string;
      /** @description The fields emptied here because they state what a source says of the route in general, not of this program (the record at /v1/dosing-routes/{id} keeps them); the citations kept are those of the sources this program cites. Absent when nothing is withheld. */
      withheld_fields?: ("dose_min" | "dose_max" | "dose_unit" | "dose_scope" | "forms" | "description" | "used_in_group_settings")[];
      link_inferred?: components["schemas"]["FindingWithLink"]["link_inferred"];
    };
    ProgramWithLink: {
      id: components["schemas"]["Id"];
      name: string;
      organization_id: components["schemas"]["ProgramSparse"]["organization_id"];
      format: components["schemas"]["PriceSparse"]["format"];
      dosing_setting: components["schemas"]["ProgramSparse"]["dosing_setting"];
      dosing_setting_inferred: components["schemas"]["ProgramSparse"]["dosing_setting_inferred"];
      integration_setting: components["schemas"]["ProgramSparse"]["integration_setting"];
      generic: components["schemas"]["ProgramSparse"]["generic"];
      duration_weeks: components["schemas"]["ProgramSparse"]["duration_weeks"];
      medicine_sessions: components["schemas"]["ProgramSparse"]["medicine_sessions"];
      medicine_sessions_max: components["schemas"]["ProgramSparse"]["medicine_sessions_max"];
      group_size_min: components["schemas"]["ProgramSparse"]["group_size_min"];
      group_size_max: components["schemas"]["ProgramSparse"]["group_size_max"];
      group_size_basis: components["schemas"]["ProgramSparse"]["group_size_basis"];
      structure: components["schemas"]["ProgramSparse"]["structure"];
      city: components["schemas"]["ProgramSparse"]["city"];
      region: components["schemas"]["ProgramSparse"]["region"];
      country: components["schemas"]["OrganizationSparse"]["country"];
      place_inferred: components["schemas"]["ProgramSparse"]["place_inferred"];
      inferred_place_parts: components["schemas"]["OrganizationSparse"]["inferred_place_parts"];
      access: components["schemas"]["ProgramAccess"];
      routes: components["schemas"]["ProgramSparse"]["routes"];
      conditions: components["schemas"]["ProgramSparse"]["conditions"];
      description: string;
      financial_assistance: components["schemas"]["ProgramSparse"]["financial_assistance"];
      citations: components["schemas"]["ConditionSparse"]["citations"];
      inferred_fields: components["schemas"]["ProgramInferredFields"];
      version: components["schemas"]["ConditionSparse"]["version"];
      created_at: components["schemas"]["Timestamp"];
      updated_at: components["schemas"]["Timestamp"];
      link_inferred?: components["schemas"]["FindingWithLink"]["link_inferred"];
    };
    /** @description Fields whose value is Katalog's reading, not what a source says of this record (e.g. a protocol's session count and length taken from the Canadian article's description of the program, not from what it says of the protocol; `title` when no source gives it and it is Katalog's description); its citations hold what supports it. JSON-LD never states them. */
    StudyInferredFields: ("title" | "authors" | "authors_complete" | "year" | "journal" | "journal_reference" | "url" | "source_id" | "design" | "population" | "intervention" | "participants" | "participants_qualifier" | "duration_weeks" | "follow_up_months" | "medicine_sessions" | "conditions")[];
    /** @description A study, case report or program evaluation the sources report. */
    Study: {
      findings?: never;
      condition_records?: never;
      sources?: never;
    } & components["schemas"]["StudyExpanded"];
    /** @description Fields whose value is Katalog's reading, not what a source says of this record (e.g. the condition "treatment-resistant depression" given to a result the source reports of "a 44-year-old man with depression that hadn't responded to traditional treatments"); its citations hold what supports it. JSON-LD never states them. */
    FindingInferredFields: ("study_id" | "condition" | "measure" | "value" | "value_unit" | "value_qualifier" | "denominator" | "direction" | "summary")[];
    /** @description One reported result of a study; every numeric result is its own finding. */
    Finding: {
      study?: never;
      condition_record?: never;
      sources?: never;
    } & components["schemas"]["FindingExpanded"];
    FindingWithLink: {
      id: components["schemas"]["Id"];
      study_id: components["schemas"]["FindingSparse"]["study_id"];
      condition: components["schemas"]["FindingSparse"]["condition"];
      measure: components["schemas"]["FindingSparse"]["measure"];
      value: components["schemas"]["FindingSparse"]["value"];
      value_unit: components["schemas"]["FindingSparse"]["value_unit"];
      value_qualifier: components["schemas"]["FindingSparse"]["value_qualifier"];
      denominator: components["schemas"]["FindingSparse"]["denominator"];
      direction: components["schemas"]["FindingSparse"]["direction"];
      summary: string;
      citations: components["schemas"]["ConditionSparse"]["citations"];
      inferred_fields: components["schemas"]["FindingInferredFields"];
      version: components["schemas"]["ConditionSparse"]["version"];
      created_at: components["schemas"]["Timestamp"];
      updated_at: components["schemas"]["Timestamp"];
      /**
       * @description Present (true) when the reference between the including record and this one is Katalog's reading (in the `inferred_fields` of the record holding it); absent otherwise.
       * @constant
       */
      link_inferred?: true;
    };
    /** @description A schema.org JSON-LD document. Every @id is a URL of this API: absolute when PUBLIC_BASE_URL is set or the request's Host is a valid host[:port], else relative (never built from a hostile Host). The JSON text is safe to embed in an HTML `<script type="application/ld+json">` block: `<`, `>`, `&`, U+2028 and U+2029 are written as \u003c-style escapes (the same data). */
    JsonLdDocument: {
      /** @constant */
      "@context": "https://schema.org";
      "@type": string | string[];
      "@id": string;
      /** @description The page the thing is the main entity of; its usageInfo is the disclaimer (schema.org CreativeWork.usageInfo), with the @id where it can be read on its own. */
      mainEntityOfPage: {
        /** @constant */
        "@type": "MedicalWebPage";
        usageInfo: {
          /** @constant */
          "@type": "CreativeWork";
          "@id": string;
          /** @constant */
          name: "Disclaimer";
          text: components["schemas"]["Disclaimer"];
        };
      };
    } & {
      [key: string]: unknown;
    };
    /** @description A frequently asked question with the answer its source gives. */
    Faq: {
      sources?: never;
    } & components["schemas"]["FaqExpanded"];
    StudyWithLink: {
      id: components["schemas"]["Id"];
      title: string;
      authors: components["schemas"]["StudySparse"]["authors"];
      authors_complete: boolean | null;
      year: components["schemas"]["SourceSparse"]["year"];
      journal: components["schemas"]["StudySparse"]["journal"];
      journal_reference: components["schemas"]["StudySparse"]["journal_reference"];
      url: components["schemas"]["StudySparse"]["url"];
      source_id: components["schemas"]["StudySparse"]["source_id"];
      design: string;
      population: components["schemas"]["StudySparse"]["population"];
      intervention: components["schemas"]["StudySparse"]["intervention"];
      participants: components["schemas"]["StudySparse"]["participants"];
      participants_qualifier: components["schemas"]["StudySparse"]["participants_qualifier"];
      duration_weeks: components["schemas"]["StudySparse"]["duration_weeks"];
      follow_up_months: components["schemas"]["StudySparse"]["follow_up_months"];
      medicine_sessions: components["schemas"]["StudySparse"]["medicine_sessions"];
      conditions: components["schemas"]["StudySparse"]["conditions"];
      citations: components["schemas"]["ConditionSparse"]["citations"];
      inferred_fields: components["schemas"]["StudyInferredFields"];
      version: components["schemas"]["ConditionSparse"]["version"];
      created_at: components["schemas"]["Timestamp"];
      updated_at: components["schemas"]["Timestamp"];
      link_inferred?: components["schemas"]["FindingWithLink"]["link_inferred"];
    };
    /** @description One row of the table "When group fits versus when individual is safer". */
    FormatFit: {
      sources?: never;
    } & components["schemas"]["FormatFitExpanded"];
    GuideItem: {
      text: string;
      value_min: number | null;
      value_max: number | null;
      unit: string | null;
      /** @description Who states the item (a source the guide cites, with its qualifier verbatim) and what it is said of: named programs, a format, or ketamine therapy in general. */
      scope: components["schemas"]["Scope"];
    };
    /** @description Practical guidance from the sources: course of treatment, costs and assistance, candidacy, risks, questions to ask and red flags. */
    Guide: {
      sources?: never;
    } & components["schemas"]["GuideExpanded"];
    OrganizationWithLink: {
      id: components["schemas"]["Id"];
      name: string;
      kind: components["schemas"]["OrganizationSparse"]["kind"];
      description: string;
      parent_organization_id: components["schemas"]["OrganizationSparse"]["parent_organization_id"];
      partner_organization_ids: components["schemas"]["OrganizationSparse"]["partner_organization_ids"];
      city: string | null;
      region: components["schemas"]["OrganizationSparse"]["region"];
      country: components["schemas"]["OrganizationSparse"]["country"];
      inferred_place_parts: components["schemas"]["OrganizationSparse"]["inferred_place_parts"];
      website: components["schemas"]["OrganizationSparse"]["website"];
      website_organization_id: components["schemas"]["OrganizationSparse"]["website_organization_id"];
      access_steps: components["schemas"]["OrganizationSparse"]["access_steps"];
      named_in_source: components["schemas"]["OrganizationSparse"]["named_in_source"];
      citations: components["schemas"]["ConditionSparse"]["citations"];
      version: components["schemas"]["ConditionSparse"]["version"];
      created_at: components["schemas"]["Timestamp"];
      updated_at: components["schemas"]["Timestamp"];
      link_inferred?: components["schemas"]["FindingWithLink"]["link_inferred"];
    };
    PriceWithLink: {
      id: components["schemas"]["Id"];
      program_id: components["schemas"]["PriceSparse"]["program_id"];
      label: string;
      format: components["schemas"]["PriceSparse"]["format"];
      amount_min: components["schemas"]["PriceSparse"]["amount_min"];
      amount_max: components["schemas"]["PriceSparse"]["amount_max"];
      open_ended: components["schemas"]["PriceSparse"]["open_ended"];
      open_ended_from: components["schemas"]["PriceSparse"]["open_ended_from"];
      approximate: components["schemas"]["PriceSparse"]["approximate"];
      hedges: components["schemas"]["PriceSparse"]["hedges"];
      amount_text: components["schemas"]["PriceSparse"]["amount_text"];
      currency: components["schemas"]["Currency"];
      currency_implied: components["schemas"]["PriceSparse"]["currency_implied"];
      unit: components["schemas"]["CostPair"]["unit"];
      treatment: components["schemas"]["CostFigure"]["treatment"];
      includes: components["schemas"]["PriceSparse"]["includes"];
      sessions_included: components["schemas"]["PriceSparse"]["sessions_included"];
      sessions_included_max: components["schemas"]["PriceSparse"]["sessions_included_max"];
      tax_note: components["schemas"]["PriceSparse"]["tax_note"];
      note: components["schemas"]["ConditionSparse"]["note"];
      published_year: components["schemas"]["PriceSparse"]["published_year"];
      citations: components["schemas"]["ConditionSparse"]["citations"];
      inferred_fields: components["schemas"]["PriceInferredFields"];
      version: components["schemas"]["ConditionSparse"]["version"];
      created_at: components["schemas"]["Timestamp"];
      updated_at: components["schemas"]["Timestamp"];
      link_inferred?: components["schemas"]["FindingWithLink"]["link_inferred"];
    };
    PracticalRule: {
      rule: string;
      value_min: components["schemas"]["GuideItem"]["value_min"];
      value_max: components["schemas"]["GuideItem"]["value_max"];
      unit: ("hours" | "minutes" | "participants" | "participants_per_facilitator" | "weeks" | "months" | "sessions") | null;
      /** @description Who states the rule (a source the phase cites, with its qualifier verbatim) and what it is said of: one program (e.g. Roots to Thrive group sizes), a format, or ketamine therapy in general. */
      scope: components["schemas"]["Scope"];
    };
    /** @description A phase of a group ketamine session, with its practical rules. */
    SessionPhase: {
      sources?: never;
    } & components["schemas"]["SessionPhaseExpanded"];
    /** @description One change of one record. Deletions stay in the feed as tombstones. */
    ChangeEvent: {
      /** @description Position in the feed; strictly increasing. */
      seq: number;
      /** @enum {string} */
      collection: "sources" | "conditions" | "organizations" | "dosing-routes" | "programs" | "prices" | "contraindications" | "format-fit" | "studies" | "findings" | "faqs" | "session-phases" | "guides";
      id: string;
      /**
       * @description created, updated and restored: fetch `href`; deleted: remove the record (a tombstone).
       * @enum {string}
       */
      action: "created" | "updated" | "deleted" | "restored";
      /** @description The record version after the change. */
      version: number;
      changed_at: string;
      /** @description The record (404 once deleted). */
      href: string;
    };
    FitFlag: {
      /**
       * @description The collection the flag comes from.
       * @enum {string}
       */
      source: "format-fit" | "contraindications" | "conditions";
      id: string;
      /** @description The situation or condition, as the source words it. */
      situation: string;
      /** @description What the source says about this format, as written. */
      says: string;
      /** @description True when any part of the flag is Katalog’s reading: a table cell inferred from surrounding text (lost check mark), a contraindication supported only by such a cell, a statement whose scope (what it is said of) is Katalog’s reading, or a link by a shared condition. */
      inferred: boolean;
      /**
       * @description A source's statement that the individual format is safer or more suitable.
       * @enum {string}
       */
      role?: "individual_more_suitable";
      /** @description Excerpts of what it says. */
      citations: components["schemas"]["Citation"][];
    };
    /** @description A registered endpoint. Its secret is never shown again after creation or rotation. */
    WebhookEndpoint: {
      /**
       * @description The endpoint id (`wh_…`).
       * @example wh_Jq3kT0bX8vZp2LmN4rYc
       */
      id: string;
      url: string;
      description: string | null;
      collections: ("sources" | "conditions" | "organizations" | "dosing-routes" | "programs" | "prices" | "contraindications" | "format-fit" | "studies" | "findings" | "faqs" | "session-phases" | "guides")[] | null;
      actions: ("created" | "updated" | "deleted" | "restored")[] | null;
      /** @description False while disabled (after failures, or by its owner). */
      enabled: boolean;
      disabled_at: string | null;
      disabled_reason: string | null;
      /** @description Failed attempts since the last success. */
      consecutive_failures: number;
      /** @description The change-feed cursor up to which events have been taken into this endpoint's outbox. */
      cursor: string;
      /** @description After a rotation, until when the previous secret also signs (a second `v1,` signature). */
      previous_secret_expires_at: string | null;
      /** @example 2026-11-22T00:00:00.000Z */
      created_at: string;
      /** @example 2026-11-22T00:00:00.000Z */
      updated_at: string;
    };
    WebhookEndpointWithSecret: {
      id: components["schemas"]["WebhookEndpoint"]["id"];
      url: string;
      description: string | null;
      collections: components["schemas"]["WebhookEndpoint"]["collections"];
      actions: components["schemas"]["WebhookEndpoint"]["actions"];
      enabled: components["schemas"]["WebhookEndpoint"]["enabled"];
      disabled_at: components["schemas"]["WebhookEndpoint"]["disabled_at"];
      disabled_reason: string | null;
      consecutive_failures: components["schemas"]["WebhookEndpoint"]["consecutive_failures"];
      cursor: components["schemas"]["WebhookEndpoint"]["cursor"];
      previous_secret_expires_at: components["schemas"]["WebhookEndpoint"]["previous_secret_expires_at"];
      /** @example 2026-11-22T00:00:00.000Z */
      created_at: string;
      /** @example 2026-11-22T00:00:00.000Z */
      updated_at: string;
      /** @description The signing secret (`whsec_` + base64). Shown only now: store it. Verify `webhook-signature` with it (Standard Webhooks). */
      secret: string;
    };
    WebhookAttempt: {
      /** @example 2026-11-22T00:00:00.000Z */
      at: string;
      duration_ms: number;
      /** @description The receiver's status code (null: no answer). */
      status_code: number | null;
      /** @description Why the attempt failed (null when it succeeded). */
      error: string | null;
      /**
       * @description `manual`: a redelivery asked for by the owner.
       * @enum {string}
       */
      trigger: "scheduled" | "manual";
    };
    WebhookDelivery: {
      /**
       * @description The delivery id (`msg_…`), also its `webhook-id` header.
       * @example msg_a1B2c3D4e5F6g7H8i9J0
       */
      id: string;
      event: components["schemas"]["ChangeEvent"];
      /**
       * @description `pending` (waiting or retrying), `delivered` (a 2xx), `failed` (given up after the last attempt).
       * @enum {string}
       */
      status: "pending" | "delivered" | "failed";
      attempt_count: number;
      /** @description When a pending delivery is due. */
      next_attempt_at: string | null;
      last_status_code: number | null;
      last_error: string | null;
      /** @example 2026-11-22T00:00:00.000Z */
      created_at: string;
      delivered_at: string | null;
      /** @description The latest attempts, oldest first (10 in a list, 100 on the delivery itself). */
      attempts: components["schemas"]["WebhookAttempt"][];
    };
    ListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
    };
    ListLinks: {
      /** @description This page. */
      self: string;
      /** @description The next page (also in the `Link` header, rel="next"); null on the last page. */
      next: string | null;
    };
    Revision: {
      seq: number;
      version: number;
      /** @enum {string} */
      action: "created" | "replaced" | "updated" | "deleted" | "restored";
      /** @description Name of the API key that wrote it (or "seed"). */
      actor: string;
      at: string;
      before: {
        [key: string]: unknown;
      } | null;
      after: {
        [key: string]: unknown;
      } | null;
    };
    RevisionPageMeta: {
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
    };
    /** @description A source's own comparative claim about cost, cited. */
    CostClaim: {
      id: string;
      /** @description What the source says, attributed, in its own terms. */
      claim: string;
      source_id: components["schemas"]["Id"];
      said_of: string;
      /** @description The source’s own qualifiers, verbatim; "…" joins those of one sentence, "; " of several. */
      hedge: string | null;
      program_ids: components["schemas"]["Id"][];
      organization_ids: components["schemas"]["Id"][];
      price_ids: components["schemas"]["Id"][];
      /** @description A general claim: the filters do not apply to it. */
      unfiltered: boolean;
      citations: components["schemas"]["Citation"][];
    };
    CostComparisonMeta: {
      /** @description Owners per page. */
      limit: number;
      /** @description Pass as `cursor` for the next page of owners; null on the last page. */
      next_cursor: string | null;
    };
    CostComparisonLinks: {
      self: string;
      /** @description The next page (also in the `Link` header); null on the last. */
      next: string | null;
    };
    /**
     * @description Text as HTML with the matches marked: the stored text HTML-escaped (`&`, `<`, `>`, `"`, `'` as entities), then each match wrapped in `<mark>`…`</mark>`, the only tags it can hold. Safe to insert as HTML; to show it as text, drop the marks and decode the five entities.
     * @example <mark>Sublingual</mark> lozenges or troches
     */
    HighlightedText: string;
    /** @description One record matching the query. */
    SearchHit: WithRequired<components["schemas"]["SearchHitSparse"], "collection" | "id" | "title" | "snippet" | "said_by" | "score" | "href">;
    /** @description A hit reduced to the fields asked for by `fields` (`collection` and `id` always kept). */
    SearchHitSparse: {
      /**
       * @description The collection of the record.
       * @enum {string}
       */
      collection: "sources" | "conditions" | "organizations" | "dosing-routes" | "programs" | "prices" | "contraindications" | "format-fit" | "studies" | "findings" | "faqs" | "session-phases" | "guides";
      /** @description The id of the record in its collection. */
      id: string;
      /** @description The record title, highlighted (see HighlightedText). */
      title?: components["schemas"]["HighlightedText"];
      /** @description The best-matching passage of the other searched text, with the words naming its article where its sentence gives them (… where cut), highlighted (see HighlightedText). */
      snippet?: components["schemas"]["HighlightedText"];
      /** @description Whose the record is: the articles it quotes (a finding: its study, as the article reports it); "Katalog's reading of …" when it is one. Whose each passage is: see snippet. */
      said_by?: string;
      /** @description Relevance, 0 to 1. `score` is the share of the query's words found in the record's title, from 0 to 1: 1 when the title holds every word, 0 when the words are found only in its other searched text (every hit holds every word somewhere). It is computed from the record and the query alone, never from other records, so it changes only when the record itself changes. Hits come in descending `score`; hits with equal scores in the order of `collection`, then `id`. */
      score?: number;
      /** @description The record in this API. */
      href?: string;
    };
    /** @description A Source reduced to the fields asked for by `fields` (id always kept). */
    SourceSparse: {
      id: components["schemas"]["Id"];
      title?: string;
      title_inferred?: boolean;
      /** @description Organization that publishes it; never a journal (a journal article’s journal is `journal`); null when the citing article names none. */
      publisher?: string | null;
      /** @description Journal an article appeared in, as the citing article writes it (e.g. "Frontiers in Psychiatry", "Can J Psychiatry"); null for anything not published in a journal. */
      journal?: string | null;
      /** @description True when the citing article does not name the publisher and Katalog infers it (e.g. from the article’s own links and self-references, a link’s domain, or a label naming the page’s subject, not its owner); the record’s citations hold what the inference rests on. False when an excerpt names it as such, or null. */
      publisher_inferred?: boolean;
      /** @description Authors as written by the citing article; never "et al." (see `authors_complete`). */
      authors?: string[];
      authors_complete?: boolean | null;
      year?: number | null;
      /** @description Address as given by the citing article; null when the article names the source without a link. */
      url?: string | null;
      /**
       * @description journal: a journal named as a whole, without an article (e.g. "the Journal of Psychopharmacology").
       * @enum {string}
       */
      kind?: "article" | "journal_article" | "journal" | "website" | "guideline" | "directory";
      /** @description Last-updated date the source states about itself, if any. */
      updated?: string | null;
      /** @description Where the source is named: for the two articles themselves, their title line. */
      citations?: components["schemas"]["Citation"][];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
    };
    /** @description With `facet`: the matching sources records counted per value of each field asked for (see the `facet` parameter). */
    SourceFacets: {
      kind?: {
        value: components["schemas"]["SourceSparse"]["kind"];
        count: number;
      }[];
      publisher_inferred?: {
        value: boolean;
        count: number;
      }[];
      title_inferred?: {
        value: boolean;
        count: number;
      }[];
    };
    /** @description Paging of a list of sources, and the facet counts asked for. */
    SourceListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["SourceFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A Condition with the related records asked for by `include`. */
    ConditionExpanded: WithRequired<components["schemas"]["ConditionSparse"], "name" | "alternate_names" | "category" | "roles" | "role_statements" | "scope" | "note" | "citations" | "version" | "created_at" | "updated_at">;
    /** @description A Condition reduced to the fields asked for by `fields` (id always kept). */
    ConditionSparse: {
      id: components["schemas"]["Id"];
      /** @description The condition, as Katalog names it. */
      name?: string;
      /** @description Other names the sources use for it, verbatim (e.g. "PTSD"); never a narrower one ("severe anxiety"). */
      alternate_names?: string[];
      /**
       * @description mental_health: a psychiatric or psychological condition; substance_use: substance use and addiction; physical_health: a bodily condition (heart, blood pressure, liver, pain).
       * @enum {string}
       */
      category?: "mental_health" | "substance_use" | "physical_health";
      /** @description The roles of `role_statements`, each once, in their order (who gives each is in `role_statements`). */
      roles?: components["schemas"]["ConditionRole"][];
      /** @description One entry per statement naming the condition: role, own scope, excerpts. A condition named does not mean the treatment works for it: see findings. */
      role_statements?: components["schemas"]["ConditionRoleStatement"][];
      /** @description The scope all of `role_statements` share, or null when they differ (read each role's own). */
      scope?: components["schemas"]["Scope"] | null;
      note?: string | null;
      /** @description Where the record comes from: at least one verbatim excerpt of a source. */
      citations?: components["schemas"]["Citation"][];
      /** @description Incremented on every change of the record. */
      version?: number;
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      /** @description With include=sources: the sources its citations quote. */
      sources?: components["schemas"]["Source"][];
    };
    /** @description With `facet`: the matching conditions records counted per value of each field asked for (see the `facet` parameter). */
    ConditionFacets: {
      category?: {
        value: components["schemas"]["ConditionSparse"]["category"];
        count: number;
      }[];
    };
    /** @description Paging of a list of conditions, and the facet counts asked for. */
    ConditionListMeta: {
      /** @description Number of records matching the filters (all pages); with `q`, among at most the first 2000 full-text matches (see `total_exact`). */
      total: number;
      /** @description False when `total` is a lower bound: `q` matches more than 2000 records of the collection, and the first 2000 full-text matches in index order (roughly the oldest) were counted. */
      total_exact: boolean;
      limit: number;
      /** @description Pass as `cursor` for the next page; null on the last page. */
      next_cursor: string | null;
      /** @description The order applied, ending with the `id` tiebreaker. */
      sort: string[];
      facets?: components["schemas"]["ConditionFacets"];
      /** @description With `facet`: false when, like `total`, the counts are over the first 2000 full-text matches only: lower bounds, and a value only later matches hold is missing. */
      facets_exhaustive?: boolean;
    };
    /** @description An Organization with the related records asked for by `include`. */
    OrganizationExpanded: WithRequired<components["schemas"]["OrganizationSparse"], "name" | "kind" | "description" | "parent_organization_id" | "partner_organization_ids" | "city" | "region" | "country" | "inferred_place_parts" | "website" | "website_organization_id" | "access_steps" | "named_in_source" | "citations" | "version" | "created_at" | "updated_at">;
    /** @description An Organization reduced to the fields asked for by `fields` (id always kept). */
    OrganizationSparse: {
      id: components["schemas"]["Id"];
      name?: string;
      /** @enum {string} */
      kind?: "clinic" | "clinic_network" | "non_profit" | "university" | "community_organization" | "first_nation" | "fund" | "program_provider";
      description?: string;
      /** @description Network the organization belongs to (e.g. an ATMA CENA member clinic). */
      parent_organization_id?: components["schemas"]["Id"] | null;
      /** @description Organizations it works in partnership with, as the sources say. */
      partner_organization_ids?: components["schemas"]["Id"][];
      city?: string | null;
      /** @description Province or state of `country` (ISO 3166-2 subdivision code without the country prefix, e.g. BC, ON; CA in US is California). */
      region?: string | null;
      country?: string | null;
      /** @description Parts of the place (city, region, country) that Katalog derives rather than the source stating them: a city’s province (Mississauga → ON), a state’s country (California → US). Derived views (JSON-LD) do not state them, and there a region whose country is withheld is written by its name (California, not CA, which reads as Canada). Empty when every part given is stated (or when the whole place is inferred: see place_inferred). */
      inferred_place_parts?: ("city" | "region" | "country")[];
      website?: string | null;
      /** @description When the address is another organization’s site (Katalog’s reading, e.g. a member clinic listed with its network’s address), that organization; null when it is this organization’s own (or there is none). Derived views (JSON-LD) give only an own site as the organization’s url. */
      website_organization_id?: components["schemas"]["Id"] | null;
      /** @description How to reach and apply to the organization (e.g. ATMA CENA’s intake call), in the order the source gives; empty when it says nothing about it. */
      access_steps?: components["schemas"]["AccessStep"][];
      /** @description False for an organization the source describes without naming it (e.g. "one Colorado clinic"). */
      named_in_source?: boolean;
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      /** @description With include=programs: the programs it runs. */
      programs?: components["schemas"]["ProgramWithLink"][];
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching organizations records counted per value of each field asked for (see the `facet` parameter). */
    OrganizationFacets: {
      kind?: {
        value: components["schemas"]["OrganizationSparse"]["kind"];
        count: number;
      }[];
      parent_organization_id?: {
        value: string | null;
        count: number;
      }[];
      named_in_source?: {
        value: boolean;
        count: number;
      }[];
    };
    /** @description Paging of a list of organizations, and the facet counts asked for. */
    OrganizationListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["OrganizationFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A DosingRoute with the related records asked for by `include`. */
    DosingRouteExpanded: WithRequired<components["schemas"]["DosingRouteSparse"], "name" | "abbreviation" | "forms" | "dose_min" | "dose_max" | "dose_unit" | "dose_scope" | "description" | "used_in_group_settings" | "citations" | "version" | "created_at" | "updated_at">;
    /** @description A DosingRoute reduced to the fields asked for by `fields` (id always kept). */
    DosingRouteSparse: {
      id: components["schemas"]["Id"];
      name?: string;
      abbreviation?: string | null;
      /** @description Forms named by the source (e.g. lozenges, troches). */
      forms?: string[];
      dose_min?: number | null;
      dose_max?: number | null;
      dose_unit?: ("mg/kg" | "mg") | null;
      /** @description What the dose range is said of and by whom, with the source’s qualifier ("typically … carefully adjusted"); null when no dose is given. A program shows the dose as its own only when this scope names the program. */
      dose_scope?: components["schemas"]["Scope"] | null;
      description?: string;
      /** @enum {string} */
      used_in_group_settings?: "yes" | "less_common" | "not_stated";
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching dosing-routes records counted per value of each field asked for (see the `facet` parameter). */
    DosingRouteFacets: {
      dose_unit?: {
        value: components["schemas"]["DosingRouteSparse"]["dose_unit"];
        count: number;
      }[];
      used_in_group_settings?: {
        /** @enum {string} */
        value: "yes" | "less_common" | "not_stated";
        count: number;
      }[];
    };
    /** @description Paging of a list of dosing-routes, and the facet counts asked for. */
    DosingRouteListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["DosingRouteFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A Program with the related records asked for by `include`. */
    ProgramExpanded: WithRequired<components["schemas"]["ProgramSparse"], "name" | "organization_id" | "format" | "dosing_setting" | "dosing_setting_inferred" | "integration_setting" | "generic" | "duration_weeks" | "medicine_sessions" | "medicine_sessions_max" | "group_size_min" | "group_size_max" | "group_size_basis" | "structure" | "city" | "region" | "country" | "place_inferred" | "inferred_place_parts" | "access" | "routes" | "conditions" | "description" | "financial_assistance" | "citations" | "inferred_fields" | "version" | "created_at" | "updated_at">;
    /** @description A Program reduced to the fields asked for by `fields` (id always kept). */
    ProgramSparse: {
      id: components["schemas"]["Id"];
      name?: string;
      /** @description Organization that runs it; null for a generic model described by the sources. */
      organization_id?: components["schemas"]["Id"] | null;
      format?: components["schemas"]["PriceSparse"]["format"];
      /**
       * @description Whether ketamine is taken in a shared room (group) or privately (individual).
       * @enum {string}
       */
      dosing_setting?: "group" | "individual" | "not_stated";
      /** @description True when the dosing setting is Katalog’s reading rather than the source saying it of this program (e.g. a member clinic the source does not name when it says “some member clinics” dose privately). */
      dosing_setting_inferred?: boolean;
      /**
       * @description Whether integration work happens in group or 1:1.
       * @enum {string}
       */
      integration_setting?: "group" | "individual" | "not_stated";
      /** @description True for a generic model the sources describe (e.g. typical group KAT), not a bookable program. */
      generic?: boolean;
      duration_weeks?: number | null;
      /** @description Number of ketamine (medicine) sessions; the lower bound when the source gives a range. Where the source writes only "sessions" ("2–8 sessions", "3-session"), reading them as medicine sessions is Katalog's, and the field is listed in `inferred_fields`. */
      medicine_sessions?: number | null;
      /** @description Upper bound when the source gives a range of medicine sessions; null otherwise. */
      medicine_sessions_max?: number | null;
      /** @description Smallest group size the source gives; `group_size_basis` says what it counts. */
      group_size_min?: number | null;
      /** @description Largest group size the source gives (see `group_size_basis`). */
      group_size_max?: number | null;
      /** @description What the group size counts: `dosing_group`, participants dosed together; `cohort`, participants per cohort (not how many are dosed together). Null when no size is given. Compare only like with like. */
      group_size_basis?: ("dosing_group" | "cohort") | null;
      /** @description Cohort, subgroup and facilitation structure as the source describes it. */
      structure?: string | null;
      /** @description City where the program is delivered. */
      city?: string | null;
      /** @description Province or state code, of `country` (CA in US is California), derived from a named city or province (Mississauga: ON). */
      region?: string | null;
      country?: components["schemas"]["OrganizationSparse"]["country"];
      /** @description True when the source does not say where this program is delivered and the place (city, region, country) is Katalog’s reading, e.g. the provider’s clinics; the record’s citations hold what supports it. Derived views (JSON-LD) do not state an inferred place as the program’s own. */
      place_inferred?: boolean;
      inferred_place_parts?: components["schemas"]["OrganizationSparse"]["inferred_place_parts"];
      access?: components["schemas"]["ProgramAccess"];
      /** @description Dosing-route ids (see /v1/dosing-routes). */
      routes?: components["schemas"]["Id"][];
      conditions?: components["schemas"]["Id"][];
      description?: string;
      /** @description Sliding scales, scholarships or funds the source names for this program. */
      financial_assistance?: string[];
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      inferred_fields?: components["schemas"]["ProgramInferredFields"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      /** @description With include=organization: the organization that runs it. */
      organization?: components["schemas"]["OrganizationWithLink"] | null;
      /** @description With include=condition_records: the conditions it names, each with only what is said of it (a generic record: also what its own sources say of its format); `link_inferred` when they are Katalog's reading. */
      condition_records?: components["schemas"]["IncludedCondition"][];
      /** @description With include=prices: its prices. */
      prices?: components["schemas"]["PriceWithLink"][];
      /** @description With include=dosing_routes: its dosing routes, as its source names them; a route's dose range is shown only when the dose's scope names this program, or, for a generic record (the format as a source describes it), when it is said of that format (the KAIR article's typical ranges are general guidance, at /v1/dosing-routes/{id}). */
      dosing_routes?: components["schemas"]["IncludedDosingRoute"][];
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching programs records counted per value of each field asked for (see the `facet` parameter). */
    ProgramFacets: {
      format?: components["schemas"]["PriceFacets"]["format"];
      dosing_setting?: {
        value: components["schemas"]["ProgramSparse"]["dosing_setting"];
        count: number;
      }[];
      integration_setting?: {
        value: components["schemas"]["ProgramSparse"]["integration_setting"];
        count: number;
      }[];
      organization_id?: {
        value: string | null;
        count: number;
      }[];
      generic?: {
        value: boolean;
        count: number;
      }[];
    };
    /** @description Paging of a list of programs, and the facet counts asked for. */
    ProgramListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["ProgramFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A Price with the related records asked for by `include`. */
    PriceExpanded: WithRequired<components["schemas"]["PriceSparse"], "program_id" | "label" | "format" | "amount_min" | "amount_max" | "open_ended" | "open_ended_from" | "approximate" | "hedges" | "amount_text" | "currency" | "currency_implied" | "unit" | "treatment" | "includes" | "sessions_included" | "sessions_included_max" | "tax_note" | "note" | "published_year" | "citations" | "inferred_fields" | "version" | "created_at" | "updated_at">;
    /** @description A Price reduced to the fields asked for by `fields` (id always kept). */
    PriceSparse: {
      id: components["schemas"]["Id"];
      /** @description Program the price belongs to; null for market-wide figures. */
      program_id?: components["schemas"]["Id"] | null;
      label?: string;
      /**
       * @description Treatment format.
       * @enum {string}
       */
      format?: "group" | "individual";
      /** @description Lower (or only) amount in major currency units; null when the source gives no figure (e.g. "Varies by clinic") or only a ceiling ("up to $900"). */
      amount_min?: number | null;
      /** @description Upper amount; null for a single figure, or when open-ended (then `open_ended_from` keeps the stated figure, e.g. 10000 for "$10,000+"). */
      amount_max?: number | null;
      /** @description True when the source writes no maximum: "$10,000+", "and up", "over $900", "from $900". */
      open_ended?: boolean;
      /** @description With `open_ended`: the figure the source writes before the "+" (10000 for "$10,000+"), kept as stated; it is not a maximum. Null otherwise. */
      open_ended_from?: number | null;
      /** @description True exactly when the source qualifies the amount ("approximately", "about", "~", "typically", "can run", the "Approximate cost" column), or Katalog reads a hedge onto it (see note): then `hedges` holds its words; false when it states the amount plainly (`hedges` empty). */
      approximate?: boolean;
      /** @description The qualifiers ("typically", "often", "can run", "~", the "Approximate cost" column), verbatim; one written before another figure or in another sentence is Katalog’s reading onto this amount, as the note says; empty when it states the amount plainly. */
      hedges?: string[];
      /** @description The amount exactly as written in the source. */
      amount_text?: string;
      currency?: components["schemas"]["Currency"];
      /** @description True when the source writes "$" without a currency code and the currency is inferred; then `currency` is in `inferred_fields` too. */
      currency_implied?: boolean;
      unit?: components["schemas"]["CostPair"]["unit"];
      treatment?: components["schemas"]["CostFigure"]["treatment"];
      /** @description What the price covers besides the medicine sessions, as the source writes it (e.g. "community-of-practice groups"); empty when the source says nothing. */
      includes?: string[];
      /** @description Medicine sessions the price covers; the lower bound when a range. Where the source writes only "sessions" ("2–8 sessions", "1 session bundled with prep + integration"), reading them as medicine sessions is Katalog's, and the field is listed in `inferred_fields`. */
      sessions_included?: number | null;
      sessions_included_max?: number | null;
      /** @description Tax note exactly as written (e.g. "+ GST", "+ tax"); null when the source states none. */
      tax_note?: string | null;
      note?: components["schemas"]["ConditionSparse"]["note"];
      /** @description Year the source says the price is published for (the Canadian article’s "Cost (2026 published)" row); null when it gives none. */
      published_year?: number | null;
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      inferred_fields?: components["schemas"]["PriceInferredFields"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      /** @description With include=program: the program it belongs to. */
      program?: components["schemas"]["ProgramWithLink"] | null;
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching prices records counted per value of each field asked for (see the `facet` parameter). */
    PriceFacets: {
      program_id?: {
        value: string | null;
        count: number;
      }[];
      format?: {
        value: components["schemas"]["PriceSparse"]["format"];
        count: number;
      }[];
      currency?: {
        value: components["schemas"]["Currency"];
        count: number;
      }[];
      unit?: {
        value: components["schemas"]["CostPair"]["unit"];
        count: number;
      }[];
      treatment?: {
        value: components["schemas"]["CostFigure"]["treatment"];
        count: number;
      }[];
      currency_implied?: {
        value: boolean;
        count: number;
      }[];
      open_ended?: {
        value: boolean;
        count: number;
      }[];
    };
    /** @description Paging of a list of prices, and the facet counts asked for. */
    PriceListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["PriceFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A Contraindication with the related records asked for by `include`. */
    ContraindicationExpanded: WithRequired<components["schemas"]["ContraindicationSparse"], "condition" | "condition_ids" | "category" | "applies_to" | "scope" | "inferred" | "note" | "citations" | "version" | "created_at" | "updated_at">;
    /** @description A Contraindication reduced to the fields asked for by `fields` (id always kept). */
    ContraindicationSparse: {
      id: components["schemas"]["Id"];
      condition?: string;
      /** @description The conditions (see /v1/conditions) this contraindication names; empty when it names none. */
      condition_ids?: components["schemas"]["Id"][];
      /**
       * @description absolute: the source says to avoid ketamine therapy; requires_evaluation: careful clinical evaluation; group_specific: a reason against the group format; group_requirement: something the source says the group setting requires (negated as a screening flag).
       * @enum {string}
       */
      category?: "absolute" | "requires_evaluation" | "group_specific" | "group_requirement";
      /**
       * @description Whether its source says it of the group format (`group`) or not (`any`: of ketamine therapy in any format, e.g. a table cell "(exclusion in both)", or a general sentence read as said of the group format, `scope.inferred`); a record read from one table cell (`inferred`) keeps its column. `group` is not a claim that it does not concern the individual format. A table row's cells stay with their columns (/v1/format-fit): a statement carries a cell's qualifier only when it states that cell.
       * @enum {string}
       */
      applies_to?: "any" | "group";
      /** @description What the statement is said of (ketamine therapy in general, a format, or named programs) and by which source, with its qualifier. A program shows it as its own only when the scope names that program. */
      scope?: components["schemas"]["Scope"];
      /** @description True when the only support is a table cell Katalog inferred (its check mark was lost in extraction): the source does not state it in words. */
      inferred?: boolean;
      note?: components["schemas"]["ConditionSparse"]["note"];
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      /** @description With include=conditions: the conditions it names, each with only the statements that state what it states. */
      conditions?: components["schemas"]["IncludedCondition"][];
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching contraindications records counted per value of each field asked for (see the `facet` parameter). */
    ContraindicationFacets: {
      category?: {
        value: components["schemas"]["ContraindicationSparse"]["category"];
        count: number;
      }[];
      applies_to?: {
        value: components["schemas"]["ContraindicationSparse"]["applies_to"];
        count: number;
      }[];
      inferred?: {
        value: boolean;
        count: number;
      }[];
    };
    /** @description Paging of a list of contraindications, and the facet counts asked for. */
    ContraindicationListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["ContraindicationFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A FormatFit with the related records asked for by `include`. */
    FormatFitExpanded: WithRequired<components["schemas"]["FormatFitSparse"], "situation" | "position" | "group_format" | "individual_format" | "favoured_format" | "inferred" | "note" | "citations" | "version" | "created_at" | "updated_at">;
    /** @description A FormatFit reduced to the fields asked for by `fields` (id always kept). */
    FormatFitSparse: {
      id: components["schemas"]["Id"];
      situation?: string;
      /** @description Row number in the source table. */
      position?: number;
      /** @description Cell "Group format generally appropriate": as written, or placed by Katalog (`inferred`); null when empty. */
      group_format?: string | null;
      /** @description Cell "Individual format safer": as written, or placed by Katalog (`inferred`); null when empty. */
      individual_format?: string | null;
      /**
       * @description Katalog's summary of the column the row marks (see `inferred`); headers hedged as written: "Group format generally appropriate", "Individual format safer". "neither": e.g. "(exclusion in both)".
       * @enum {string}
       */
      favoured_format?: "group" | "individual" | "neither";
      /** @description True when a cell value was inferred from the surrounding text because the check mark was lost in extraction. */
      inferred?: boolean;
      note?: components["schemas"]["ConditionSparse"]["note"];
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching format-fit records counted per value of each field asked for (see the `facet` parameter). */
    FormatFitFacets: {
      favoured_format?: {
        value: components["schemas"]["FormatFitSparse"]["favoured_format"];
        count: number;
      }[];
      inferred?: components["schemas"]["ContraindicationFacets"]["inferred"];
    };
    /** @description Paging of a list of format-fit, and the facet counts asked for. */
    FormatFitListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["FormatFitFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A Study with the related records asked for by `include`. */
    StudyExpanded: WithRequired<components["schemas"]["StudySparse"], "title" | "authors" | "authors_complete" | "year" | "journal" | "journal_reference" | "url" | "source_id" | "design" | "population" | "intervention" | "participants" | "participants_qualifier" | "duration_weeks" | "follow_up_months" | "medicine_sessions" | "conditions" | "citations" | "inferred_fields" | "version" | "created_at" | "updated_at">;
    /** @description A Study reduced to the fields asked for by `fields` (id always kept). */
    StudySparse: {
      id: components["schemas"]["Id"];
      title?: string;
      authors?: string[];
      authors_complete?: boolean | null;
      year?: components["schemas"]["SourceSparse"]["year"];
      journal?: string | null;
      /** @description Volume, issue and pages as written (e.g. "16:1568017"). */
      journal_reference?: string | null;
      url?: string | null;
      /** @description The study as a cited source in /v1/sources, when it is one. */
      source_id?: components["schemas"]["Id"] | null;
      design?: string;
      population?: string | null;
      intervention?: string | null;
      /** @description Number of participants; a lower bound when participants_qualifier is "at_least". */
      participants?: number | null;
      participants_qualifier?: ("exact" | "at_least") | null;
      duration_weeks?: number | null;
      follow_up_months?: number | null;
      /** @description Ketamine or esketamine sessions (doses, infusions) each participant received, as the source states it ("four weekly group ketamine sessions"); null when not stated. */
      medicine_sessions?: number | null;
      /** @description The conditions of the population studied, as the source describes the participants (ids from /v1/conditions). Not the outcomes measured or reported: a result such as the esketamine case report's "fewer suicidal thoughts" is a finding (see /v1/findings, whose `condition` names it), not a condition of the population. A label Katalog gives to the source's description (e.g. "treatment-resistant depression" for "depression that hadn't responded to traditional treatments") is listed in `inferred_fields`. */
      conditions?: components["schemas"]["Id"][];
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      inferred_fields?: components["schemas"]["StudyInferredFields"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      /** @description With include=findings: its findings. */
      findings?: components["schemas"]["FindingWithLink"][];
      /** @description With include=condition_records: the conditions it names, each with only what reports it; `link_inferred` when they are Katalog's reading. */
      condition_records?: components["schemas"]["IncludedCondition"][];
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching studies records counted per value of each field asked for (see the `facet` parameter). */
    StudyFacets: {
      source_id?: {
        value: string | null;
        count: number;
      }[];
      participants_qualifier?: {
        value: components["schemas"]["StudySparse"]["participants_qualifier"];
        count: number;
      }[];
    };
    /** @description Paging of a list of studies, and the facet counts asked for. */
    StudyListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["StudyFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A Finding with the related records asked for by `include`. */
    FindingExpanded: WithRequired<components["schemas"]["FindingSparse"], "study_id" | "condition" | "measure" | "value" | "value_unit" | "value_qualifier" | "denominator" | "direction" | "summary" | "citations" | "inferred_fields" | "version" | "created_at" | "updated_at">;
    /** @description A Finding reduced to the fields asked for by `fields` (id always kept). */
    FindingSparse: {
      id: components["schemas"]["Id"];
      study_id?: components["schemas"]["Id"];
      condition?: components["schemas"]["Id"] | null;
      /** @description What was measured (instrument or outcome), e.g. "GAD-7", "blood pressure". */
      measure?: string;
      /** @description The reported figure of the result; null when the source gives none (a follow-up time is the study’s `follow_up_months`). */
      value?: number | null;
      value_unit?: ("percent" | "participants" | "sessions" | "months" | "events") | null;
      value_qualifier?: ("exact" | "approximately" | "less_than" | "at_least") | null;
      /** @description Out of how many, when the source says (e.g. 4 of 5 participants). */
      denominator?: number | null;
      /** @enum {string} */
      direction?: "improved" | "decreased" | "increased" | "unchanged" | "not_applicable";
      summary?: string;
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      inferred_fields?: components["schemas"]["FindingInferredFields"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      /** @description With include=study: the study it comes from. */
      study?: components["schemas"]["StudyWithLink"] | null;
      /** @description With include=condition_record: the condition measured, with only what its or its study's excerpts report; `link_inferred` when it is Katalog's reading. */
      condition_record?: components["schemas"]["IncludedCondition"] | null;
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching findings records counted per value of each field asked for (see the `facet` parameter). */
    FindingFacets: {
      study_id?: {
        value: string;
        count: number;
      }[];
      condition?: {
        value: string | null;
        count: number;
      }[];
      value_unit?: {
        value: components["schemas"]["FindingSparse"]["value_unit"];
        count: number;
      }[];
    };
    /** @description Paging of a list of findings, and the facet counts asked for. */
    FindingListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["FindingFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A Faq with the related records asked for by `include`. */
    FaqExpanded: WithRequired<components["schemas"]["FaqSparse"], "question" | "answer" | "answered_by" | "position" | "related" | "citations" | "version" | "created_at" | "updated_at">;
    /** @description A Faq reduced to the fields asked for by `fields` (id always kept). */
    FaqSparse: {
      id: components["schemas"]["Id"];
      question?: string;
      /** @description The answer, naming its speaker up front ("The Canadian article answers: …") so that it reads attributed wherever it is shown alone. */
      answer?: string;
      /** @description The source (see /v1/sources) whose answer it is; the record cites it. */
      answered_by?: components["schemas"]["Id"];
      position?: number;
      /** @description Records the answer is about. */
      related?: {
        /** @description The collection of the record (its URL segment, e.g. format-fit). */
        collection: string;
        id: components["schemas"]["Id"];
      }[];
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching faqs records counted per value of each field asked for (see the `facet` parameter). */
    FaqFacets: {
      answered_by?: {
        value: string | null;
        count: number;
      }[];
    };
    /** @description Paging of a list of faqs, and the facet counts asked for. */
    FaqListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["FaqFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A SessionPhase with the related records asked for by `include`. */
    SessionPhaseExpanded: WithRequired<components["schemas"]["SessionPhaseSparse"], "name" | "position" | "description" | "duration_min_minutes" | "duration_max_minutes" | "practical_rules" | "citations" | "version" | "created_at" | "updated_at">;
    /** @description A SessionPhase reduced to the fields asked for by `fields` (id always kept). */
    SessionPhaseSparse: {
      id: components["schemas"]["Id"];
      name?: string;
      position?: number;
      description?: string;
      /** @description With duration_max_minutes: the whole phase's length, where a source states it (a part's is a rule's). */
      duration_min_minutes?: number | null;
      /** @description See duration_min_minutes. */
      duration_max_minutes?: number | null;
      practical_rules?: components["schemas"]["PracticalRule"][];
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching session-phases records counted per value of each field asked for (see the `facet` parameter). */
    SessionPhaseFacets: Record<string, never>;
    /** @description Paging of a list of session-phases, and the facet counts asked for. */
    SessionPhaseListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["SessionPhaseFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
    /** @description A Guide with the related records asked for by `include`. */
    GuideExpanded: WithRequired<components["schemas"]["GuideSparse"], "topic" | "title" | "summary" | "items" | "citations" | "version" | "created_at" | "updated_at">;
    /** @description A Guide reduced to the fields asked for by `fields` (id always kept). */
    GuideSparse: {
      id: components["schemas"]["Id"];
      /** @enum {string} */
      topic?: "course_of_treatment" | "insurance_and_financial_assistance" | "candidacy" | "readiness" | "benefits" | "side_effects_and_risks" | "questions_to_ask" | "red_flags" | "finding_a_provider" | "provider_credentials" | "evidence_limitations" | "legal_and_access" | "group_dynamics" | "access_pathways" | "costs" | "medical_safety";
      title?: string;
      summary?: string;
      items?: components["schemas"]["GuideItem"][];
      citations?: components["schemas"]["ConditionSparse"]["citations"];
      version?: components["schemas"]["ConditionSparse"]["version"];
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      sources?: components["schemas"]["ConditionSparse"]["sources"];
    };
    /** @description With `facet`: the matching guides records counted per value of each field asked for (see the `facet` parameter). */
    GuideFacets: {
      topic?: {
        value: components["schemas"]["GuideSparse"]["topic"];
        count: number;
      }[];
    };
    /** @description Paging of a list of guides, and the facet counts asked for. */
    GuideListMeta: {
      total: components["schemas"]["ConditionListMeta"]["total"];
      total_exact: components["schemas"]["ConditionListMeta"]["total_exact"];
      limit: number;
      next_cursor: components["schemas"]["ConditionListMeta"]["next_cursor"];
      sort: components["schemas"]["ConditionListMeta"]["sort"];
      facets?: components["schemas"]["GuideFacets"];
      facets_exhaustive?: components["schemas"]["ConditionListMeta"]["facets_exhaustive"];
    };
  };
  responses: {
    /** @description Not modified: the representation the client holds is current. No body; the client keeps its stored headers (RFC 9110 §15.4.5). */
    NotModified: {
      headers: {
        [name: string]: unknown;
      };
      content?: never;
    };
    /** @description Every matching record, streamed: `.csv` as `text/csv`, `.ndjson` as `application/x-ndjson` (the same streams as the list with that `Accept`, and the same filters; a bad query is a 400 problem before anything is sent). The CSV header row names the fields of the record, in the order of its schema. */
    Export: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example id,name,…
         *     …
         */
        "text/csv": string;
        /** @example {"id":"…"} */
        "application/x-ndjson": string;
      };
    };
    /** @description Created. */
    Source: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["Source"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Deleted (soft): the record is gone from reads, the change feed has a tombstone, and `POST …/{id}/restore` brings it back. A record that live records point at is never deleted (409 naming them: change or delete those first), so no live record points at a deleted one. */
    Deleted: {
      headers: {
        [name: string]: unknown;
      };
      content?: never;
    };
    /** @description JSON-LD */
    JSONLD: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/ld+json": components["schemas"]["JsonLdDocument"];
      };
    };
    /** @description Created. */
    Condition: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["Condition"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    Organization: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["Organization"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    DosingRoute: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["DosingRoute"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    Program: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["Program"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    Price: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["Price"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    Contraindication: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["Contraindication"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    FormatFit: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["FormatFit"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    Study: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["Study"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    Finding: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["Finding"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    Faq: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["Faq"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    SessionPhase: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["SessionPhase"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Created. */
    Guide: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["Guide"];
          disclaimer: components["schemas"]["Disclaimer"];
        };
      };
    };
    /** @description Registered; the secret is shown this once. */
    WebhookEndpointWithSecret: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["WebhookEndpointWithSecret"];
        };
      };
    };
    /** @description The endpoint. */
    WebhookEndpoint: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["WebhookEndpoint"];
        };
      };
    };
    /** @description The delivery and its attempts. */
    WebhookDelivery: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": {
          data: components["schemas"]["WebhookDelivery"];
        };
      };
    };
    /** @description An error (4xx, 5xx): an RFC 9457 problem. openapi/openapi.json lists the statuses each operation can answer. */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
  };
  parameters: {
    /** @description ETags the client holds (any encoding variant of the same bytes matches, `*` matches any): `304` without a body when one is current. */
    IfNoneMatch: string;
    /** @description Without `If-None-Match`: `304` when nothing changed since this time. */
    IfModifiedSince: string;
    /** @description Page size, 1 to 100. */
    Limit: number;
    /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same path, filters and sort. */
    Cursor: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `title`. */
    SourceSort: ("id" | "-id" | "title" | "-title" | "year" | "-year" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    SourceFields: ("id" | "title" | "title_inferred" | "publisher" | "journal" | "publisher_inferred" | "authors" | "authors_complete" | "year" | "url" | "kind" | "updated" | "citations" | "version" | "created_at" | "updated_at")[];
    /** @description Full-text search: every word must match, the last as a prefix (any text is safe). */
    Q: string;
    /** @description Only records updated at or after this RFC 3339 time (incremental sync). */
    UpdatedSince: string;
    /** @description Kind of source. */
    SourceKind: components["schemas"]["SourceSparse"]["kind"][];
    /** @description Publication year. Lower bound, inclusive. */
    SourceYearGte: number;
    /** @description Upper bound, inclusive (as `year_gte`). */
    YearLte: number;
    /**
     * @description Id of the source.
     * @example swainson-2021-canmat-ketamine
     */
    SourceId: string;
    /**
     * @description Required. The strong ETag of `GET` on the record as it was issued, `"v<version>-<hash>"` (or its `-br`/`-gzip` variant), or `*`; write responses carry the same ETag. Compared strongly: a weak (`W/`) tag, the tag of another representation (with `fields` or `include`, or JSON-LD) or an altered tag is 412.
     * @example "v3-Xq2b7d1Nf0aP4kzR8sLmT6vYcEw"
     */
    IfMatch: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `name`. */
    ConditionSort: ("id" | "-id" | "name" | "-name" | "category" | "-category" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    ConditionFields: ("id" | "name" | "alternate_names" | "category" | "roles" | "role_statements" | "scope" | "note" | "citations" | "version" | "created_at" | "updated_at")[];
    /** @description Embed related records: `sources` (the sources its citations quote). */
    Include: "sources"[];
    /** @description Kind of condition. */
    ConditionCategory: components["schemas"]["ConditionSparse"]["category"][];
    /** @description Has a role statement with one of these roles (with stated_by, scope_level: the same statement); its `named_as` quotes how its excerpts name it. Katalog's readings match (`role_statements[].scope.inferred`). */
    ConditionRole: components["schemas"]["ConditionRole"][];
    /** @description Has a role statement said of one of these (with role, stated_by: the same statement). Katalog's readings match (`role_statements[].scope.inferred`). */
    ConditionScopeLevel: components["schemas"]["Scope"]["level"][];
    /** @description Has a role statement by one of these sources (with role, scope_level: the same statement). Katalog's readings match (`role_statements[].scope.inferred`). */
    ConditionStatedBy: components["schemas"]["Id"][];
    /**
     * @description Id of the condition.
     * @example addiction
     */
    ConditionId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `name`. */
    OrganizationSort: ("id" | "-id" | "name" | "-name" | "country" | "-country" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    OrganizationFields: ("id" | "name" | "kind" | "description" | "parent_organization_id" | "partner_organization_ids" | "city" | "region" | "country" | "inferred_place_parts" | "website" | "website_organization_id" | "access_steps" | "named_in_source" | "citations" | "version" | "created_at" | "updated_at")[];
    /** @description Embed related records: `programs` (the programs it runs); `sources` (the sources its citations quote). */
    OrganizationInclude: ("programs" | "sources")[];
    /** @description Kind of organization. */
    OrganizationKind: components["schemas"]["OrganizationSparse"]["kind"][];
    /** @description ISO 3166-1 alpha-2 country. Katalog's readings match (`inferred_place_parts`). */
    OrganizationCountry: string[];
    /** @description Province or state code (e.g. BC); a code is one country's: CA with country=US is California. Katalog's readings match (`inferred_place_parts`). */
    OrganizationRegion: string[];
    /** @description City, exactly as stored (e.g. Nanaimo). Katalog's readings match (`inferred_place_parts`). */
    OrganizationCity: string[];
    /** @description Network the organization belongs to. */
    OrganizationParentOrganizationId: components["schemas"]["Id"][];
    /** @description Whether the source names the organization. `true` or `false`. */
    OrganizationNamedInSource: "true" | "false";
    /**
     * @description Id of the organization.
     * @example port-credit-therapy-centre
     */
    OrganizationId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `name`. */
    DosingRouteSort: ("id" | "-id" | "name" | "-name" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    DosingRouteFields: ("id" | "name" | "abbreviation" | "forms" | "dose_min" | "dose_max" | "dose_unit" | "dose_scope" | "description" | "used_in_group_settings" | "citations" | "version" | "created_at" | "updated_at")[];
    /** @description Unit of the dose range. */
    DosingRouteDoseUnit: ("mg/kg" | "mg")[];
    /** @description Whether the source says the route is used in group settings. */
    DosingRouteUsedInGroupSettings: ("yes" | "less_common" | "not_stated")[];
    /**
     * @description Id of the dosing route.
     * @example intramuscular
     */
    DosingRouteId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `name`. */
    ProgramSort: ("id" | "-id" | "name" | "-name" | "format" | "-format" | "duration_weeks" | "-duration_weeks" | "medicine_sessions" | "-medicine_sessions" | "country" | "-country" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    ProgramFields: ("id" | "name" | "organization_id" | "format" | "dosing_setting" | "dosing_setting_inferred" | "integration_setting" | "generic" | "duration_weeks" | "medicine_sessions" | "medicine_sessions_max" | "group_size_min" | "group_size_max" | "group_size_basis" | "structure" | "city" | "region" | "country" | "place_inferred" | "inferred_place_parts" | "access" | "routes" | "conditions" | "description" | "financial_assistance" | "citations" | "inferred_fields" | "version" | "created_at" | "updated_at")[];
    /** @description Embed related records: `organization` (the organization that runs it); `condition_records` (the conditions it names, each with only what is said of it (a generic record: also what its own sources say of its format); `link_inferred` when they are Katalog's reading); `prices` (its prices); `dosing_routes` (its dosing routes, as its source names them; a route's dose range is shown only when the dose's scope names this program, or, for a generic record (the format as a source describes it), when it is said of that format (the KAIR article's typical ranges are general guidance, at /v1/dosing-routes/{id})); `sources` (the sources its citations quote). */
    ProgramInclude: ("organization" | "condition_records" | "prices" | "dosing_routes" | "sources")[];
    /** @description Treatment format. Katalog's readings match (`inferred_fields`). */
    Format: components["schemas"]["PriceSparse"]["format"][];
    /** @description Where dosing happens. Katalog's readings match (`inferred_fields`). */
    ProgramDosingSetting: ("group" | "individual" | "not_stated")[];
    /** @description Where integration happens. Katalog's readings match (`inferred_fields`). */
    ProgramIntegrationSetting: ("group" | "individual" | "not_stated")[];
    /** @description Organization that runs it. Katalog's readings match (`inferred_fields`). */
    ProgramOrganizationId: components["schemas"]["Id"][];
    /** @description Generic models described by the sources (true) or named programs (false). Katalog's readings match (`inferred_fields`). `true` or `false`. */
    ProgramGeneric: "true" | "false";
    /** @description ISO 3166-1 alpha-2 country. Katalog's readings match (`inferred_fields`). */
    ProgramCountry: string[];
    /** @description Province or state code (e.g. BC); a code is one country's: CA with country=US is California. Katalog's readings match (`inferred_fields`). */
    ProgramRegion: string[];
    /** @description City, exactly as stored (e.g. Nanaimo). Katalog's readings match (`inferred_fields`). */
    ProgramCity: string[];
    /** @description Offers one of these dosing routes (ids from /v1/dosing-routes). Katalog's readings match (`inferred_fields`). */
    ProgramRoute: components["schemas"]["Id"][];
    /** @description Addresses one of these conditions. Katalog's readings match (`inferred_fields`). */
    ProgramCondition: components["schemas"]["Id"][];
    /** @description Program length in weeks. Katalog's readings match (`inferred_fields`). Lower bound, inclusive. */
    ProgramDurationWeeksGte: number;
    /** @description Upper bound, inclusive (as `duration_weeks_gte`). */
    ProgramDurationWeeksLte: number;
    /** @description Number of ketamine sessions; a range ("2–8") matches when it reaches the bound. Katalog's readings match (`inferred_fields`). Lower bound, inclusive. */
    ProgramMedicineSessionsGte: number;
    /** @description Upper bound, inclusive (as `medicine_sessions_gte`). */
    ProgramMedicineSessionsLte: number;
    /** @description Has a price in one of these currencies (ISO 4217) as its source writes it (not `currency_implied` or in `inferred_fields`); with other price_* filters, on one price. */
    ProgramPriceCurrency: components["schemas"]["Currency"][];
    /** @description Has a price whose lower amount is at most this (major units, as written: before the tax a `tax_note` names, no hedge applied), in one price_currency and one price_unit (default per_program). Katalog's readings match (the price's `inferred_fields`). */
    ProgramPriceLte: number;
    /** @description Has a price whose upper (or only) amount is at least this, or a "+" price; amounts, currency and unit as price_lte. Katalog's readings match (the price's `inferred_fields`). */
    ProgramPriceGte: number;
    /** @description Has a price of these units. Katalog's readings match (the price's `inferred_fields`). */
    ProgramPriceUnit: components["schemas"]["CostPair"]["unit"][];
    /**
     * @description Id of the program.
     * @example colorado-five-week-group
     */
    ProgramId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `currency,unit,amount_min`. `amount_min` and `amount_max` sort within one `currency` and `unit`: after them, or with one of each. `amount_max` sorts as its filter reads. */
    PriceSort: ("id" | "-id" | "label" | "-label" | "currency" | "-currency" | "unit" | "-unit" | "format" | "-format" | "updated_at" | "-updated_at" | "amount_min" | "-amount_min" | "amount_max" | "-amount_max")[];
    /** @description Only these fields, and `id`. */
    PriceFields: ("id" | "program_id" | "label" | "format" | "amount_min" | "amount_max" | "open_ended" | "open_ended_from" | "approximate" | "hedges" | "amount_text" | "currency" | "currency_implied" | "unit" | "treatment" | "includes" | "sessions_included" | "sessions_included_max" | "tax_note" | "note" | "published_year" | "citations" | "inferred_fields" | "version" | "created_at" | "updated_at")[];
    /** @description Embed related records: `program` (the program it belongs to); `sources` (the sources its citations quote). */
    PriceInclude: ("program" | "sources")[];
    /** @description Program the price belongs to. Katalog's readings match (`inferred_fields`). */
    PriceProgramId: components["schemas"]["Id"][];
    /** @description ISO 4217 currency (never converted). Katalog's readings match (`inferred_fields`). */
    PriceCurrency: components["schemas"]["Currency"][];
    /** @description What the amount pays for. Katalog's readings match (`inferred_fields`). */
    PriceUnit: components["schemas"]["CostPair"]["unit"][];
    /** @description Prices of live programs in these countries (ISO 3166-1 alpha-2); market-wide figures have no program and no country. Katalog's readings match (the program's `inferred_fields`, `place_inferred`, `inferred_place_parts`). */
    PriceCountry: string[];
    /** @description The treatment the amount pays for. Katalog's readings match (`inferred_fields`). */
    PriceTreatment: components["schemas"]["CostFigure"]["treatment"][];
    /** @description Lower amount, in major units as written (before the tax a `tax_note` names, no hedge applied), within one `currency` and `unit` (give one of each). Katalog's readings match (`inferred_fields`, `currency_implied`). Lower bound, inclusive. */
    PriceAmountMinGte: number;
    /** @description Upper bound, inclusive (as `amount_min_gte`). */
    PriceAmountMinLte: number;
    /** @description Upper amount, or the only figure; a "+" price is above every figure. Compared as `amount_min_gte` is. Katalog's readings match (`inferred_fields`, `currency_implied`). Lower bound, inclusive. */
    PriceAmountMaxGte: number;
    /** @description Upper bound, inclusive (as `amount_max_gte`). */
    PriceAmountMaxLte: number;
    /** @description Whether the currency was inferred from a bare "$". `true` or `false`. */
    PriceCurrencyImplied: "true" | "false";
    /** @description Whether the range has no upper bound ("+"). Katalog's readings match (`inferred_fields`). `true` or `false`. */
    PriceOpenEnded: "true" | "false";
    /**
     * @description Id of the price.
     * @example kair-individual-kap-session-600-1200
     */
    PriceId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `category,condition`. */
    ContraindicationSort: ("id" | "-id" | "condition" | "-condition" | "category" | "-category" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    ContraindicationFields: ("id" | "condition" | "condition_ids" | "category" | "applies_to" | "scope" | "inferred" | "note" | "citations" | "version" | "created_at" | "updated_at")[];
    /** @description Embed related records: `conditions` (the conditions it names, each with only the statements that state what it states); `sources` (the sources its citations quote). */
    ContraindicationInclude: ("conditions" | "sources")[];
    /** @description Names one of these conditions (ids from /v1/conditions). Katalog's readings match (`inferred`). */
    ContraindicationConditionId: components["schemas"]["Id"][];
    /** @description Kind of contraindication. Katalog's readings match (`inferred`). */
    ContraindicationCategory: components["schemas"]["ContraindicationSparse"]["category"][];
    /** @description Said by its source, in its own words, of the group format (`group`), or not (`any`; see the field `applies_to`). Katalog's readings match (`inferred`). */
    ContraindicationAppliesTo: components["schemas"]["ContraindicationSparse"]["applies_to"][];
    /** @description What the statement is said of: `ketamine_therapy` (in general), a `format`, or named `program`s. Katalog's readings match (`inferred`, `scope.inferred`). */
    ContraindicationScopeLevel: components["schemas"]["Scope"]["level"][];
    /** @description Said by one of these sources (ids from /v1/sources). Katalog's readings match (`inferred`, `scope.inferred`). */
    ContraindicationStatedBy: components["schemas"]["Id"][];
    /** @description Said by a source of one of these programs specifically (`scope.level` program). General and format-level statements are not a program’s own and do not match. Katalog's readings match (`inferred`, `scope.inferred`). */
    ContraindicationProgramId: components["schemas"]["Id"][];
    /**
     * @description Id of the contraindication.
     * @example pregnancy-or-breastfeeding
     */
    ContraindicationId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `position`. */
    FormatFitSort: ("id" | "-id" | "position" | "-position" | "situation" | "-situation" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    FormatFitFields: ("id" | "situation" | "position" | "group_format" | "individual_format" | "favoured_format" | "inferred" | "note" | "citations" | "version" | "created_at" | "updated_at")[];
    /** @description The format the row marks. Katalog's readings match (`inferred`). */
    FormatFitFavouredFormat: components["schemas"]["FormatFitSparse"]["favoured_format"][];
    /** @description Rows with a value inferred from the surrounding text. `true` or `false`. */
    FormatFitInferred: "true" | "false";
    /**
     * @description Id of the format fit.
     * @example cost-is-a-meaningful-barrier
     */
    FormatFitId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `title`. */
    StudySort: ("id" | "-id" | "title" | "-title" | "year" | "-year" | "participants" | "-participants" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    StudyFields: ("id" | "title" | "authors" | "authors_complete" | "year" | "journal" | "journal_reference" | "url" | "source_id" | "design" | "population" | "intervention" | "participants" | "participants_qualifier" | "duration_weeks" | "follow_up_months" | "medicine_sessions" | "conditions" | "citations" | "inferred_fields" | "version" | "created_at" | "updated_at")[];
    /** @description Embed related records: `findings` (its findings); `condition_records` (the conditions it names, each with only what reports it; `link_inferred` when they are Katalog's reading); `sources` (the sources its citations quote). */
    StudyInclude: ("findings" | "condition_records" | "sources")[];
    /** @description Studies one of these conditions. Katalog's readings match (`inferred_fields`). */
    StudyCondition: components["schemas"]["Id"][];
    /** @description Publication year. Katalog's readings match (`inferred_fields`). Lower bound, inclusive. */
    StudyYearGte: number;
    /** @description Number of participants. Katalog's readings match (`inferred_fields`). Lower bound, inclusive. */
    StudyParticipantsGte: number;
    /** @description Upper bound, inclusive (as `participants_gte`). */
    StudyParticipantsLte: number;
    /** @description Treatment duration in weeks. Katalog's readings match (`inferred_fields`). Lower bound, inclusive. */
    StudyDurationWeeksGte: number;
    /** @description Upper bound, inclusive (as `duration_weeks_gte`). */
    StudyDurationWeeksLte: number;
    /**
     * @description Id of the study.
     * @example tsang-2023-roots-to-thrive-safety
     */
    StudyId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `study_id,measure`. `value` sort within one `value_unit`: after it, or with one. */
    FindingSort: ("id" | "-id" | "study_id" | "-study_id" | "measure" | "-measure" | "value_unit" | "-value_unit" | "value" | "-value" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    FindingFields: ("id" | "study_id" | "condition" | "measure" | "value" | "value_unit" | "value_qualifier" | "denominator" | "direction" | "summary" | "citations" | "inferred_fields" | "version" | "created_at" | "updated_at")[];
    /** @description Embed related records: `study` (the study it comes from); `condition_record` (the condition measured, with only what its or its study's excerpts report; `link_inferred` when it is Katalog's reading); `sources` (the sources its citations quote). */
    FindingInclude: ("study" | "condition_record" | "sources")[];
    /** @description Study the finding belongs to. Katalog's readings match (`inferred_fields`). */
    FindingStudyId: components["schemas"]["Id"][];
    /** @description Condition measured. Katalog's readings match (`inferred_fields`). */
    FindingCondition: components["schemas"]["Id"][];
    /** @description What was measured, exactly as stored (e.g. GAD-7). Katalog's readings match (`inferred_fields`). */
    FindingMeasure: string[];
    /** @description Unit of the value. Katalog's readings match (`inferred_fields`). */
    FindingValueUnit: ("percent" | "participants" | "sessions" | "months" | "events")[];
    /** @description Reported value as written, within one `value_unit` (give exactly one); `value_qualifier` says what it bounds ("<13" is 13 here). One unit is not one quantity (a percent of participants, of sessions, a change): read `measure`. Katalog's readings match (`inferred_fields`). Lower bound, inclusive. */
    FindingValueGte: number;
    /** @description Upper bound, inclusive (as `value_gte`). */
    FindingValueLte: number;
    /**
     * @description Id of the finding.
     * @example tsang-2023-nausea-under-13-percent-of-sessions
     */
    FindingId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `position`. */
    FaqSort: ("id" | "-id" | "position" | "-position" | "question" | "-question" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    FaqFields: ("id" | "question" | "answer" | "answered_by" | "position" | "related" | "citations" | "version" | "created_at" | "updated_at")[];
    /**
     * @description Id of the faq.
     * @example can-i-drive-home-after-a-group-session
     */
    FaqId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `position`. */
    SessionPhaseSort: ("id" | "-id" | "position" | "-position" | "name" | "-name" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    SessionPhaseFields: ("id" | "name" | "position" | "description" | "duration_min_minutes" | "duration_max_minutes" | "practical_rules" | "citations" | "version" | "created_at" | "updated_at")[];
    /**
     * @description Id of the session phase.
     * @example ongoing-integration-support
     */
    SessionPhaseId: string;
    /** @description Field names, `-` for descending, each once; `id` breaks ties, last. Default: `topic`. */
    GuideSort: ("id" | "-id" | "topic" | "-topic" | "title" | "-title" | "updated_at" | "-updated_at")[];
    /** @description Only these fields, and `id`. */
    GuideFields: ("id" | "topic" | "title" | "summary" | "items" | "citations" | "version" | "created_at" | "updated_at")[];
    /** @description Topic of the guide. */
    GuideTopic: components["schemas"]["GuideSparse"]["topic"][];
    /**
     * @description Id of the guide.
     * @example guide-red-flags
     */
    GuideId: string;
    /**
     * @description The endpoint id (`wh_…`).
     * @example wh_Jq3kT0bX8vZp2LmN4rYc
     */
    WebhooksId: string;
    /**
     * @description The delivery id (`msg_…`), also its `webhook-id` header.
     * @example msg_a1B2c3D4e5F6g7H8i9J0
     */
    WebhooksDeliveryId: string;
    /**
     * @description The format of the export.
     *
     *     `csv`: RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Against CSV injection (OWASP), a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or a full-width `＝＋－＠`) is prefixed with a single quote (`'=1+1`), so spreadsheets show it as text, and so is a text cell starting with `'`: to read the stored text, drop one leading `'` from a text cell that has one. Numbers are written as they are (`-3` stays a number). Takes the same filters as the list; returns every matching record, streamed. A bad query is a 400 problem before anything is sent.
     *
     *     `ndjson`: One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed. A bad query is a 400 problem before anything is sent.
     */
    Extension: "csv" | "ndjson";
    /** @description The collection, as in its URL (`/v1/programs`). */
    RevisionsCollection: components["schemas"]["ChangeEvent"]["collection"];
    /** @description Id of the record. */
    RecordId: components["schemas"]["Id"];
  };
  requestBodies: never;
  headers: {
    /**
     * @description The request id: the `X-Request-Id` sent (1–128 of `A-Za-z0-9._:-`), else a new UUID. Every log line of the request and the `instance` of a problem carry it.
     * @example 0f8c1c9e-5e1b-4b8e-9d7a-2b6c0e3f4a51
     */
    "X-Request-Id": string;
    /**
     * @description Requests allowed per window to this client (reads: per IP address; writes: per key).
     * @example 600
     */
    "RateLimit-Limit": number;
    /**
     * @description Requests left in the current window.
     * @example 599
     */
    "RateLimit-Remaining": number;
    /**
     * @description Seconds until the window resets.
     * @example 60
     */
    "RateLimit-Reset": number;
    /**
     * @description Seconds to wait before retrying.
     * @example 60
     */
    "Retry-After": number;
    /**
     * @description Strong validator of the exact bytes of this representation (a compressed variant has its own, suffixed `-br` or `-gzip`; a single record's starts with `v<version>-`). Send it back in `If-None-Match`; replicas serving the same data give the same ETag. Not on streamed exports.
     * @example "maw2EafaOookeP0FjEw1Hp2MCiI"
     */
    ETag: string;
    /**
     * @description When any content last changed (for `If-Modified-Since`).
     * @example Sun, 22 Nov 2026 00:00:00 GMT
     */
    "Last-Modified": string;
    /**
     * @description Reads are public and cacheable (`CACHE_MAX_AGE`, `CACHE_STALE_WHILE_REVALIDATE`); errors are `no-store`.
     * @example public, max-age=300, stale-while-revalidate=86400
     */
    "Cache-Control": string;
    /**
     * @description The request headers the representation depends on.
     * @example Accept, Accept-Encoding, Origin
     */
    Vary: string;
    /**
     * @description The next page (`rel="next"`), when there is one.
     * @example </v1/programs?cursor=WyJ...&limit=20>; rel="next"
     */
    Link: string;
    /** @description On `201`: the address of what was created. */
    Location: string;
    /** @description The disclaimer (`rel="describedby"`): information, not medical advice. */
    DisclaimerLink: string;
    /** @description The file name to save the export as. */
    "Content-Disposition": string;
    /** @description Methods the path takes. */
    Allow: string;
    /** @description The Bearer challenge (RFC 6750). */
    "WWW-Authenticate": string;
    /** @description On a PATCH’s 415: the media types PATCH takes. */
    "Accept-Patch": string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getDatasetIndex: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dataset index (example lists cut). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            name: string;
            description: string;
            /** @description API version. */
            version: string;
            /** @description Latest change of any record, deletions included. */
            last_updated: string | null;
            disclaimer: components["schemas"]["Disclaimer"];
            sources: {
              id: components["schemas"]["Id"];
              title: string;
              /** @description Organization that publishes it; never a journal (a journal article’s journal is `journal`); null when the citing article names none. */
              publisher: string | null;
              /** @description Address as given by the citing article; null when the article names the source without a link. */
              url: string | null;
              /**
               * @description journal: a journal named as a whole, without an article (e.g. "the Journal of Psychopharmacology").
               * @enum {string}
               */
              kind: "article" | "journal_article" | "journal" | "website" | "guideline" | "directory";
              /**
               * @description True: no source gives the title, `title` is Katalog’s description (false only if an excerpt writes it).
               * @default false
               */
              title_inferred: boolean;
              /** @description True when the citing article does not name the publisher and Katalog infers it (e.g. from the article’s own links and self-references, a link’s domain, or a label naming the page’s subject, not its owner); the record’s citations hold what the inference rests on. False when an excerpt names it as such, or null. */
              publisher_inferred: boolean;
            }[];
            collections: {
              name: string;
              description: string;
              count: number;
              href: string;
            }[];
            links: {
              self: string;
              docs: string;
              openapi: string;
            };
          };
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  getDisclaimer: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The disclaimer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            disclaimer: components["schemas"]["Disclaimer"];
          };
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The service is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            status: "ok";
          };
        };
      };
      default: components["responses"]["Error"];
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The database can serve requests (`replica`: on read nodes only). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            status: "ok";
            /** @description Read nodes that follow a replica (REPLICA_URL) only. */
            replica?: {
              /** @description Seconds since this read node last confirmed that it serves the replica's latest data. */
              age_seconds: number;
              /** @description Past this age (REPLICA_MAX_AGE) the node is not ready. */
              max_age_seconds: number;
              /** @description When it last confirmed it. */
              checked_at: string | null;
              /** @description When it last swapped in new data from the replica (null: not since it started). */
              changed_at: string | null;
            };
          };
        };
      };
      default: components["responses"]["Error"];
    };
  };
  search: {
    parameters: {
      query: {
        /** @description Full-text search: every word must match, the last as a prefix (any text is safe). */
        q: string;
        /** @description Only these collections. */
        collection?: ("sources" | "conditions" | "organizations" | "dosing-routes" | "programs" | "prices" | "contraindications" | "format-fit" | "studies" | "findings" | "faqs" | "session-phases" | "guides")[];
        /** @description Hits per page, 1 to 100. */
        limit?: number;
        /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same `q` and `collection`; an altered or foreign cursor is a 400. */
        cursor?: string;
        /** @description Return only these fields of each hit (`collection` and `id` are always returned, so `fields=id` gives the hits alone, without highlighting). */
        fields?: ("collection" | "id" | "title" | "snippet" | "said_by" | "score" | "href")[];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Search hits, a page at a time, best first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["SearchHit"] | components["schemas"]["SearchHitSparse"])[];
            meta: {
              /** @description Number of hits (all pages), at most 2000 (see the search description). */
              total: number;
              limit: number;
              /** @description Pass as `cursor` for the next page; null on the last page. */
              next_cursor: string | null;
              /** @description The `q` searched. */
              query: string;
            };
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  listChanges: {
    parameters: {
      query?: {
        /** @description Cursor from `meta.next_cursor`; omit to start from the beginning. */
        since?: string;
        /** @description Events per page, 1 to 1000. */
        limit?: number;
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Changes after `since`, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["ChangeEvent"][];
            meta: {
              /** @description Pass as `since` to continue; the same when nothing new happened. */
              next_cursor: string;
              has_more: boolean;
              limit: number;
            };
            links: {
              next: string;
            };
            disclaimer: components["schemas"]["Disclaimer"];
          };
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  getLifecycle: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The versioning and deprecation policy, and what is deprecated now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description The version of this API (its major version is the path prefix, /v1). */
            api_version: string;
            policy: {
              /** @description Where the full policy is written (in the repository). */
              document: string;
              /** @description Changes that may happen within /v1 at any time: clients must tolerate them. */
              without_notice: string[];
              /** @description Changes made only after a deprecation with a Sunset date. */
              with_deprecation: string[];
              /** @description A deprecated route or field is served at least this many months after its deprecation. */
              minimum_sunset_months: number;
              change_feed_retention: string;
            };
            /** @description What is deprecated now, with its dates: empty when nothing is. */
            deprecations: {
              method: string;
              path: string;
              /** @enum {string} */
              kind: "route" | "query" | "body" | "response";
              /** @description The parameter or field (dotted path); absent for a route. */
              name?: string;
              /** @description Deprecated since (YYYY-MM-DD); the `Deprecation` header. */
              since: string;
              /** @description May be removed from (YYYY-MM-DD); the `Sunset` header. */
              sunset: string;
            }[];
            disclaimer: components["schemas"]["Disclaimer"];
          };
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  getCostComparison: {
    parameters: {
      query?: {
        /** @description Only these currencies (ISO 4217), inferred ones too (`currency_implied`). */
        currency?: components["schemas"]["Currency"][];
        /** @description Only pairs, prices and claims involving programs or organizations in these countries (market-wide figures, such as the KAIR article's, have no country and are left out; use `currency` for them). Katalog's readings match (a program's or organization's `inferred_fields`, `place_inferred`, `inferred_place_parts`). */
        country?: string[];
        /** @description Only pairs and prices involving these programs (a pair keeps its counterpart); an id no live program has matches nothing, as in the lists. */
        program_id?: components["schemas"]["Id"][];
        /** @description Owners per page (an organization, or a program without one). */
        limit?: number;
        /** @description `meta.next_cursor` of the previous page. */
        cursor?: string;
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Group versus individual costs, like with like, per currency. Example of ?currency=USD, each list cut to its first item. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description One entry per currency; amounts are never converted between currencies. */
            data: {
              currency: components["schemas"]["Currency"];
              pairs: components["schemas"]["CostPair"][];
              /** @description Prices not paired with any other, and why. */
              not_comparable: {
                price_id: components["schemas"]["Id"];
                reason: string;
              }[];
            }[];
            /** @description The sources' own comparative claims: general ones (`unfiltered`) on every page whatever the filters; others once, if scoped to the filters and while what they name is live: on the page of their first owner with a selected price, else the first page. */
            claims: components["schemas"]["CostClaim"][];
            meta: components["schemas"]["CostComparisonMeta"];
            links: components["schemas"]["CostComparisonLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  checkFormatFit: {
    parameters: {
      query: {
        /** @description Ids of format-fit rows or contraindications. */
        situation: components["schemas"]["Id"][];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Flags from the sources, per format, never a verdict. Example of ?situation=active-psychotic-symptoms, lists cut to their first items (the group list to three). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: {
              /** @description What the sources say of the group format. */
              group: components["schemas"]["FitFlag"][];
              /** @description What the sources say of the individual format. */
              individual: components["schemas"]["FitFlag"][];
            };
            disclaimer: components["schemas"]["Disclaimer"];
            note: string;
          };
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  listSources: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["SourceSort"];
        fields?: components["parameters"]["SourceFields"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: ("kind" | "publisher_inferred" | "title_inferred")[];
        kind?: components["parameters"]["SourceKind"];
        year_gte?: components["parameters"]["SourceYearGte"];
        year_lte?: components["parameters"]["YearLte"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of sources as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/sources.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["Source"] | components["schemas"]["SourceSparse"])[];
            meta: components["schemas"]["SourceListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createSource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SourceCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["Source"];
      default: components["responses"]["Error"];
    };
  };
  exportSources: {
    parameters: {
      query?: {
        sort?: components["parameters"]["SourceSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        kind?: components["parameters"]["SourceKind"];
        year_gte?: components["parameters"]["SourceYearGte"];
        year_lte?: components["parameters"]["YearLte"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getSource: {
    parameters: {
      query?: {
        fields?: components["parameters"]["SourceFields"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["SourceId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One Source; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["Source"] | components["schemas"]["SourceSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceSource: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["SourceId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SourceReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["Source"];
      default: components["responses"]["Error"];
    };
  };
  deleteSource: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["SourceId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateSource: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["SourceId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["Source"];
      default: components["responses"]["Error"];
    };
  };
  getSourceJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["SourceId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["SourceId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["Source"];
      default: components["responses"]["Error"];
    };
  };
  listConditions: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["ConditionSort"];
        fields?: components["parameters"]["ConditionFields"];
        include?: components["parameters"]["Include"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: "category"[];
        category?: components["parameters"]["ConditionCategory"];
        role?: components["parameters"]["ConditionRole"];
        scope_level?: components["parameters"]["ConditionScopeLevel"];
        stated_by?: components["parameters"]["ConditionStatedBy"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of conditions as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/conditions.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["ConditionExpanded"] | components["schemas"]["ConditionSparse"])[];
            meta: components["schemas"]["ConditionListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createCondition: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConditionCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["Condition"];
      default: components["responses"]["Error"];
    };
  };
  exportConditions: {
    parameters: {
      query?: {
        sort?: components["parameters"]["ConditionSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        category?: components["parameters"]["ConditionCategory"];
        role?: components["parameters"]["ConditionRole"];
        scope_level?: components["parameters"]["ConditionScopeLevel"];
        stated_by?: components["parameters"]["ConditionStatedBy"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getCondition: {
    parameters: {
      query?: {
        fields?: components["parameters"]["ConditionFields"];
        include?: components["parameters"]["Include"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["ConditionId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One Condition; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["ConditionExpanded"] | components["schemas"]["ConditionSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceCondition: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["ConditionId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConditionReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["Condition"];
      default: components["responses"]["Error"];
    };
  };
  deleteCondition: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["ConditionId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateCondition: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["ConditionId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["Condition"];
      default: components["responses"]["Error"];
    };
  };
  getConditionJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["ConditionId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreCondition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["ConditionId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["Condition"];
      default: components["responses"]["Error"];
    };
  };
  listOrganizations: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["OrganizationSort"];
        fields?: components["parameters"]["OrganizationFields"];
        include?: components["parameters"]["OrganizationInclude"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: ("kind" | "parent_organization_id" | "named_in_source")[];
        kind?: components["parameters"]["OrganizationKind"];
        country?: components["parameters"]["OrganizationCountry"];
        region?: components["parameters"]["OrganizationRegion"];
        city?: components["parameters"]["OrganizationCity"];
        parent_organization_id?: components["parameters"]["OrganizationParentOrganizationId"];
        named_in_source?: components["parameters"]["OrganizationNamedInSource"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of organizations as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/organizations.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["OrganizationExpanded"] | components["schemas"]["OrganizationSparse"])[];
            meta: components["schemas"]["OrganizationListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OrganizationCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["Organization"];
      default: components["responses"]["Error"];
    };
  };
  exportOrganizations: {
    parameters: {
      query?: {
        sort?: components["parameters"]["OrganizationSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        kind?: components["parameters"]["OrganizationKind"];
        country?: components["parameters"]["OrganizationCountry"];
        region?: components["parameters"]["OrganizationRegion"];
        city?: components["parameters"]["OrganizationCity"];
        parent_organization_id?: components["parameters"]["OrganizationParentOrganizationId"];
        named_in_source?: components["parameters"]["OrganizationNamedInSource"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getOrganization: {
    parameters: {
      query?: {
        fields?: components["parameters"]["OrganizationFields"];
        include?: components["parameters"]["OrganizationInclude"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["OrganizationId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One Organization; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["OrganizationExpanded"] | components["schemas"]["OrganizationSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceOrganization: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["OrganizationId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OrganizationReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["Organization"];
      default: components["responses"]["Error"];
    };
  };
  deleteOrganization: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["OrganizationId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateOrganization: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["OrganizationId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["Organization"];
      default: components["responses"]["Error"];
    };
  };
  getOrganizationJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["OrganizationId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["OrganizationId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["Organization"];
      default: components["responses"]["Error"];
    };
  };
  listDosingRoutes: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["DosingRouteSort"];
        fields?: components["parameters"]["DosingRouteFields"];
        include?: components["parameters"]["Include"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: ("dose_unit" | "used_in_group_settings")[];
        dose_unit?: components["parameters"]["DosingRouteDoseUnit"];
        used_in_group_settings?: components["parameters"]["DosingRouteUsedInGroupSettings"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of dosing-routes as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/dosing-routes.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["DosingRouteExpanded"] | components["schemas"]["DosingRouteSparse"])[];
            meta: components["schemas"]["DosingRouteListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createDosingRoute: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DosingRouteCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["DosingRoute"];
      default: components["responses"]["Error"];
    };
  };
  exportDosingRoutes: {
    parameters: {
      query?: {
        sort?: components["parameters"]["DosingRouteSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        dose_unit?: components["parameters"]["DosingRouteDoseUnit"];
        used_in_group_settings?: components["parameters"]["DosingRouteUsedInGroupSettings"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getDosingRoute: {
    parameters: {
      query?: {
        fields?: components["parameters"]["DosingRouteFields"];
        include?: components["parameters"]["Include"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["DosingRouteId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One DosingRoute; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["DosingRouteExpanded"] | components["schemas"]["DosingRouteSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceDosingRoute: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["DosingRouteId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DosingRouteReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["DosingRoute"];
      default: components["responses"]["Error"];
    };
  };
  deleteDosingRoute: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["DosingRouteId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateDosingRoute: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["DosingRouteId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["DosingRoute"];
      default: components["responses"]["Error"];
    };
  };
  getDosingRouteJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["DosingRouteId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreDosingRoute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["DosingRouteId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["DosingRoute"];
      default: components["responses"]["Error"];
    };
  };
  listPrograms: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["ProgramSort"];
        fields?: components["parameters"]["ProgramFields"];
        include?: components["parameters"]["ProgramInclude"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: ("format" | "dosing_setting" | "integration_setting" | "organization_id" | "generic")[];
        format?: components["parameters"]["Format"];
        dosing_setting?: components["parameters"]["ProgramDosingSetting"];
        integration_setting?: components["parameters"]["ProgramIntegrationSetting"];
        organization_id?: components["parameters"]["ProgramOrganizationId"];
        generic?: components["parameters"]["ProgramGeneric"];
        country?: components["parameters"]["ProgramCountry"];
        region?: components["parameters"]["ProgramRegion"];
        city?: components["parameters"]["ProgramCity"];
        route?: components["parameters"]["ProgramRoute"];
        condition?: components["parameters"]["ProgramCondition"];
        duration_weeks_gte?: components["parameters"]["ProgramDurationWeeksGte"];
        duration_weeks_lte?: components["parameters"]["ProgramDurationWeeksLte"];
        medicine_sessions_gte?: components["parameters"]["ProgramMedicineSessionsGte"];
        medicine_sessions_lte?: components["parameters"]["ProgramMedicineSessionsLte"];
        price_currency?: components["parameters"]["ProgramPriceCurrency"];
        price_lte?: components["parameters"]["ProgramPriceLte"];
        price_gte?: components["parameters"]["ProgramPriceGte"];
        price_unit?: components["parameters"]["ProgramPriceUnit"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of programs as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/programs.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["ProgramExpanded"] | components["schemas"]["ProgramSparse"])[];
            meta: components["schemas"]["ProgramListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createProgram: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProgramCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["Program"];
      default: components["responses"]["Error"];
    };
  };
  exportPrograms: {
    parameters: {
      query?: {
        sort?: components["parameters"]["ProgramSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        format?: components["parameters"]["Format"];
        dosing_setting?: components["parameters"]["ProgramDosingSetting"];
        integration_setting?: components["parameters"]["ProgramIntegrationSetting"];
        organization_id?: components["parameters"]["ProgramOrganizationId"];
        generic?: components["parameters"]["ProgramGeneric"];
        country?: components["parameters"]["ProgramCountry"];
        region?: components["parameters"]["ProgramRegion"];
        city?: components["parameters"]["ProgramCity"];
        route?: components["parameters"]["ProgramRoute"];
        condition?: components["parameters"]["ProgramCondition"];
        duration_weeks_gte?: components["parameters"]["ProgramDurationWeeksGte"];
        duration_weeks_lte?: components["parameters"]["ProgramDurationWeeksLte"];
        medicine_sessions_gte?: components["parameters"]["ProgramMedicineSessionsGte"];
        medicine_sessions_lte?: components["parameters"]["ProgramMedicineSessionsLte"];
        price_currency?: components["parameters"]["ProgramPriceCurrency"];
        price_lte?: components["parameters"]["ProgramPriceLte"];
        price_gte?: components["parameters"]["ProgramPriceGte"];
        price_unit?: components["parameters"]["ProgramPriceUnit"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getProgram: {
    parameters: {
      query?: {
        fields?: components["parameters"]["ProgramFields"];
        include?: components["parameters"]["ProgramInclude"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["ProgramId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One Program; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["ProgramExpanded"] | components["schemas"]["ProgramSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceProgram: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["ProgramId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProgramReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["Program"];
      default: components["responses"]["Error"];
    };
  };
  deleteProgram: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["ProgramId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateProgram: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["ProgramId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["Program"];
      default: components["responses"]["Error"];
    };
  };
  getProgramJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["ProgramId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreProgram: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["ProgramId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["Program"];
      default: components["responses"]["Error"];
    };
  };
  listPrices: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["PriceSort"];
        fields?: components["parameters"]["PriceFields"];
        include?: components["parameters"]["PriceInclude"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: ("program_id" | "format" | "currency" | "unit" | "treatment" | "currency_implied" | "open_ended")[];
        program_id?: components["parameters"]["PriceProgramId"];
        format?: components["parameters"]["Format"];
        currency?: components["parameters"]["PriceCurrency"];
        unit?: components["parameters"]["PriceUnit"];
        country?: components["parameters"]["PriceCountry"];
        treatment?: components["parameters"]["PriceTreatment"];
        amount_min_gte?: components["parameters"]["PriceAmountMinGte"];
        amount_min_lte?: components["parameters"]["PriceAmountMinLte"];
        amount_max_gte?: components["parameters"]["PriceAmountMaxGte"];
        amount_max_lte?: components["parameters"]["PriceAmountMaxLte"];
        currency_implied?: components["parameters"]["PriceCurrencyImplied"];
        open_ended?: components["parameters"]["PriceOpenEnded"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of prices as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/prices.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["PriceExpanded"] | components["schemas"]["PriceSparse"])[];
            meta: components["schemas"]["PriceListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createPrice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PriceCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["Price"];
      default: components["responses"]["Error"];
    };
  };
  exportPrices: {
    parameters: {
      query?: {
        sort?: components["parameters"]["PriceSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        program_id?: components["parameters"]["PriceProgramId"];
        format?: components["parameters"]["Format"];
        currency?: components["parameters"]["PriceCurrency"];
        unit?: components["parameters"]["PriceUnit"];
        country?: components["parameters"]["PriceCountry"];
        treatment?: components["parameters"]["PriceTreatment"];
        amount_min_gte?: components["parameters"]["PriceAmountMinGte"];
        amount_min_lte?: components["parameters"]["PriceAmountMinLte"];
        amount_max_gte?: components["parameters"]["PriceAmountMaxGte"];
        amount_max_lte?: components["parameters"]["PriceAmountMaxLte"];
        currency_implied?: components["parameters"]["PriceCurrencyImplied"];
        open_ended?: components["parameters"]["PriceOpenEnded"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getPrice: {
    parameters: {
      query?: {
        fields?: components["parameters"]["PriceFields"];
        include?: components["parameters"]["PriceInclude"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["PriceId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One Price; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["PriceExpanded"] | components["schemas"]["PriceSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replacePrice: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["PriceId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PriceReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["Price"];
      default: components["responses"]["Error"];
    };
  };
  deletePrice: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["PriceId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updatePrice: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["PriceId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["Price"];
      default: components["responses"]["Error"];
    };
  };
  getPriceJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["PriceId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restorePrice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["PriceId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["Price"];
      default: components["responses"]["Error"];
    };
  };
  listContraindications: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["ContraindicationSort"];
        fields?: components["parameters"]["ContraindicationFields"];
        include?: components["parameters"]["ContraindicationInclude"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: ("category" | "applies_to" | "inferred")[];
        condition_id?: components["parameters"]["ContraindicationConditionId"];
        category?: components["parameters"]["ContraindicationCategory"];
        applies_to?: components["parameters"]["ContraindicationAppliesTo"];
        scope_level?: components["parameters"]["ContraindicationScopeLevel"];
        stated_by?: components["parameters"]["ContraindicationStatedBy"];
        program_id?: components["parameters"]["ContraindicationProgramId"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of contraindications as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/contraindications.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["ContraindicationExpanded"] | components["schemas"]["ContraindicationSparse"])[];
            meta: components["schemas"]["ContraindicationListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createContraindication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ContraindicationCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["Contraindication"];
      default: components["responses"]["Error"];
    };
  };
  exportContraindications: {
    parameters: {
      query?: {
        sort?: components["parameters"]["ContraindicationSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        condition_id?: components["parameters"]["ContraindicationConditionId"];
        category?: components["parameters"]["ContraindicationCategory"];
        applies_to?: components["parameters"]["ContraindicationAppliesTo"];
        scope_level?: components["parameters"]["ContraindicationScopeLevel"];
        stated_by?: components["parameters"]["ContraindicationStatedBy"];
        program_id?: components["parameters"]["ContraindicationProgramId"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getContraindication: {
    parameters: {
      query?: {
        fields?: components["parameters"]["ContraindicationFields"];
        include?: components["parameters"]["ContraindicationInclude"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["ContraindicationId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One Contraindication; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["ContraindicationExpanded"] | components["schemas"]["ContraindicationSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceContraindication: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["ContraindicationId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ContraindicationReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["Contraindication"];
      default: components["responses"]["Error"];
    };
  };
  deleteContraindication: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["ContraindicationId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateContraindication: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["ContraindicationId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["Contraindication"];
      default: components["responses"]["Error"];
    };
  };
  getContraindicationJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["ContraindicationId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreContraindication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["ContraindicationId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["Contraindication"];
      default: components["responses"]["Error"];
    };
  };
  listFormatFit: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["FormatFitSort"];
        fields?: components["parameters"]["FormatFitFields"];
        include?: components["parameters"]["Include"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: ("favoured_format" | "inferred")[];
        favoured_format?: components["parameters"]["FormatFitFavouredFormat"];
        inferred?: components["parameters"]["FormatFitInferred"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of format-fit as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/format-fit.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["FormatFitExpanded"] | components["schemas"]["FormatFitSparse"])[];
            meta: components["schemas"]["FormatFitListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createFormatFit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FormatFitCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["FormatFit"];
      default: components["responses"]["Error"];
    };
  };
  exportFormatFit: {
    parameters: {
      query?: {
        sort?: components["parameters"]["FormatFitSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        favoured_format?: components["parameters"]["FormatFitFavouredFormat"];
        inferred?: components["parameters"]["FormatFitInferred"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getFormatFit: {
    parameters: {
      query?: {
        fields?: components["parameters"]["FormatFitFields"];
        include?: components["parameters"]["Include"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["FormatFitId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One FormatFit; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["FormatFitExpanded"] | components["schemas"]["FormatFitSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceFormatFit: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["FormatFitId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FormatFitReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["FormatFit"];
      default: components["responses"]["Error"];
    };
  };
  deleteFormatFit: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["FormatFitId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateFormatFit: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["FormatFitId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["FormatFit"];
      default: components["responses"]["Error"];
    };
  };
  getFormatFitJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["FormatFitId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreFormatFit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["FormatFitId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["FormatFit"];
      default: components["responses"]["Error"];
    };
  };
  listStudies: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["StudySort"];
        fields?: components["parameters"]["StudyFields"];
        include?: components["parameters"]["StudyInclude"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: ("source_id" | "participants_qualifier")[];
        condition?: components["parameters"]["StudyCondition"];
        year_gte?: components["parameters"]["StudyYearGte"];
        year_lte?: components["parameters"]["YearLte"];
        participants_gte?: components["parameters"]["StudyParticipantsGte"];
        participants_lte?: components["parameters"]["StudyParticipantsLte"];
        duration_weeks_gte?: components["parameters"]["StudyDurationWeeksGte"];
        duration_weeks_lte?: components["parameters"]["StudyDurationWeeksLte"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of studies as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/studies.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["StudyExpanded"] | components["schemas"]["StudySparse"])[];
            meta: components["schemas"]["StudyListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createStudy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["StudyCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["Study"];
      default: components["responses"]["Error"];
    };
  };
  exportStudies: {
    parameters: {
      query?: {
        sort?: components["parameters"]["StudySort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        condition?: components["parameters"]["StudyCondition"];
        year_gte?: components["parameters"]["StudyYearGte"];
        year_lte?: components["parameters"]["YearLte"];
        participants_gte?: components["parameters"]["StudyParticipantsGte"];
        participants_lte?: components["parameters"]["StudyParticipantsLte"];
        duration_weeks_gte?: components["parameters"]["StudyDurationWeeksGte"];
        duration_weeks_lte?: components["parameters"]["StudyDurationWeeksLte"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getStudy: {
    parameters: {
      query?: {
        fields?: components["parameters"]["StudyFields"];
        include?: components["parameters"]["StudyInclude"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["StudyId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One Study; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["StudyExpanded"] | components["schemas"]["StudySparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceStudy: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["StudyId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["StudyReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["Study"];
      default: components["responses"]["Error"];
    };
  };
  deleteStudy: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["StudyId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateStudy: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["StudyId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["Study"];
      default: components["responses"]["Error"];
    };
  };
  getStudyJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["StudyId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreStudy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["StudyId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["Study"];
      default: components["responses"]["Error"];
    };
  };
  listFindings: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["FindingSort"];
        fields?: components["parameters"]["FindingFields"];
        include?: components["parameters"]["FindingInclude"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: ("study_id" | "condition" | "value_unit")[];
        study_id?: components["parameters"]["FindingStudyId"];
        condition?: components["parameters"]["FindingCondition"];
        measure?: components["parameters"]["FindingMeasure"];
        value_unit?: components["parameters"]["FindingValueUnit"];
        value_gte?: components["parameters"]["FindingValueGte"];
        value_lte?: components["parameters"]["FindingValueLte"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of findings as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/findings.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["FindingExpanded"] | components["schemas"]["FindingSparse"])[];
            meta: components["schemas"]["FindingListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createFinding: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FindingCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["Finding"];
      default: components["responses"]["Error"];
    };
  };
  exportFindings: {
    parameters: {
      query?: {
        sort?: components["parameters"]["FindingSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        study_id?: components["parameters"]["FindingStudyId"];
        condition?: components["parameters"]["FindingCondition"];
        measure?: components["parameters"]["FindingMeasure"];
        value_unit?: components["parameters"]["FindingValueUnit"];
        value_gte?: components["parameters"]["FindingValueGte"];
        value_lte?: components["parameters"]["FindingValueLte"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getFinding: {
    parameters: {
      query?: {
        fields?: components["parameters"]["FindingFields"];
        include?: components["parameters"]["FindingInclude"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["FindingId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One Finding; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["FindingExpanded"] | components["schemas"]["FindingSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceFinding: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["FindingId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FindingReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["Finding"];
      default: components["responses"]["Error"];
    };
  };
  deleteFinding: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["FindingId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateFinding: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["FindingId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["Finding"];
      default: components["responses"]["Error"];
    };
  };
  getFindingJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["FindingId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["FindingId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["Finding"];
      default: components["responses"]["Error"];
    };
  };
  listFaqs: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["FaqSort"];
        fields?: components["parameters"]["FaqFields"];
        include?: components["parameters"]["Include"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: "answered_by"[];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of faqs as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/faqs.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["FaqExpanded"] | components["schemas"]["FaqSparse"])[];
            meta: components["schemas"]["FaqListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createFaq: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FaqCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["Faq"];
      default: components["responses"]["Error"];
    };
  };
  exportFaqs: {
    parameters: {
      query?: {
        sort?: components["parameters"]["FaqSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getFaq: {
    parameters: {
      query?: {
        fields?: components["parameters"]["FaqFields"];
        include?: components["parameters"]["Include"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["FaqId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One Faq; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["FaqExpanded"] | components["schemas"]["FaqSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceFaq: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["FaqId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FaqReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["Faq"];
      default: components["responses"]["Error"];
    };
  };
  deleteFaq: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["FaqId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateFaq: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["FaqId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["Faq"];
      default: components["responses"]["Error"];
    };
  };
  getFaqJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["FaqId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreFaq: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["FaqId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["Faq"];
      default: components["responses"]["Error"];
    };
  };
  listSessionPhases: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["SessionPhaseSort"];
        fields?: components["parameters"]["SessionPhaseFields"];
        include?: components["parameters"]["Include"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description This collection has no facetable fields: any value is rejected. */
        facet?: unknown[];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of session-phases as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/session-phases.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["SessionPhaseExpanded"] | components["schemas"]["SessionPhaseSparse"])[];
            meta: components["schemas"]["SessionPhaseListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createSessionPhase: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SessionPhaseCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["SessionPhase"];
      default: components["responses"]["Error"];
    };
  };
  exportSessionPhases: {
    parameters: {
      query?: {
        sort?: components["parameters"]["SessionPhaseSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getSessionPhase: {
    parameters: {
      query?: {
        fields?: components["parameters"]["SessionPhaseFields"];
        include?: components["parameters"]["Include"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["SessionPhaseId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One SessionPhase; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["SessionPhaseExpanded"] | components["schemas"]["SessionPhaseSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceSessionPhase: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["SessionPhaseId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SessionPhaseReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["SessionPhase"];
      default: components["responses"]["Error"];
    };
  };
  deleteSessionPhase: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["SessionPhaseId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateSessionPhase: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["SessionPhaseId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["SessionPhase"];
      default: components["responses"]["Error"];
    };
  };
  getSessionPhaseJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["SessionPhaseId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreSessionPhase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["SessionPhaseId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["SessionPhase"];
      default: components["responses"]["Error"];
    };
  };
  listGuides: {
    parameters: {
      query?: {
        limit?: components["parameters"]["Limit"];
        cursor?: components["parameters"]["Cursor"];
        sort?: components["parameters"]["GuideSort"];
        fields?: components["parameters"]["GuideFields"];
        include?: components["parameters"]["Include"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        /** @description Fields to count per value in `meta.facets`. */
        facet?: "topic"[];
        topic?: components["parameters"]["GuideTopic"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of guides as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/guides.csv and .ndjson). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: (components["schemas"]["GuideExpanded"] | components["schemas"]["GuideSparse"])[];
            meta: components["schemas"]["GuideListMeta"];
            links: components["schemas"]["ListLinks"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          /**
           * @example id,…
           *     …
           */
          "text/csv": string;
          /** @example {"id":"…"} */
          "application/x-ndjson": string;
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  createGuide: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GuideCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["Guide"];
      default: components["responses"]["Error"];
    };
  };
  exportGuides: {
    parameters: {
      query?: {
        sort?: components["parameters"]["GuideSort"];
        q?: components["parameters"]["Q"];
        updated_since?: components["parameters"]["UpdatedSince"];
        topic?: components["parameters"]["GuideTopic"];
      };
      header?: never;
      path: {
        extension: components["parameters"]["Extension"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Export"];
      default: components["responses"]["Error"];
    };
  };
  getGuide: {
    parameters: {
      query?: {
        fields?: components["parameters"]["GuideFields"];
        include?: components["parameters"]["Include"];
      };
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["GuideId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description One Guide; schema.org JSON-LD with `Accept: application/ld+json`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["GuideExpanded"] | components["schemas"]["GuideSparse"];
            disclaimer: components["schemas"]["Disclaimer"];
          };
          "application/ld+json": components["schemas"]["JsonLdDocument"];
        };
      };
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  replaceGuide: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["GuideId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GuideReplaceInput"];
      };
    };
    responses: {
      /** @description Replaced. */
      200: components["responses"]["Guide"];
      default: components["responses"]["Error"];
    };
  };
  deleteGuide: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["GuideId"];
      };
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateGuide: {
    parameters: {
      query?: never;
      header?: {
        "if-match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: components["parameters"]["GuideId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["MergePatchInput"];
        "application/json": components["schemas"]["MergePatchInput"];
      };
    };
    responses: {
      /** @description Updated. */
      200: components["responses"]["Guide"];
      default: components["responses"]["Error"];
    };
  };
  getGuideJsonLd: {
    parameters: {
      query?: never;
      header?: {
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
        "If-Modified-Since"?: components["parameters"]["IfModifiedSince"];
      };
      path: {
        id: components["parameters"]["GuideId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["JSONLD"];
      304: components["responses"]["NotModified"];
      default: components["responses"]["Error"];
    };
  };
  restoreGuide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["GuideId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Restored. */
      200: components["responses"]["Guide"];
      default: components["responses"]["Error"];
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key's endpoints, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["WebhookEndpoint"][];
          };
        };
      };
      default: components["responses"]["Error"];
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookCreateInput"];
      };
    };
    responses: {
      201: components["responses"]["WebhookEndpointWithSecret"];
      default: components["responses"]["Error"];
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["WebhooksId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["WebhookEndpoint"];
      default: components["responses"]["Error"];
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["WebhooksId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: components["responses"]["Deleted"];
      default: components["responses"]["Error"];
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["WebhooksId"];
      };
    };
    requestBody: {
      content: {
        "application/merge-patch+json": components["schemas"]["WebhookPatchInput"];
        "application/json": components["schemas"]["WebhookPatchInput"];
      };
    };
    responses: {
      /** @description Changed. */
      200: components["responses"]["WebhookEndpoint"];
      default: components["responses"]["Error"];
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["WebhooksId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description The new secret, shown this once. */
      200: components["responses"]["WebhookEndpointWithSecret"];
      default: components["responses"]["Error"];
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        /** @description Only deliveries in this state. */
        status?: "pending" | "delivered" | "failed";
        /** @description From `meta.next_cursor`: the next (older) page. */
        cursor?: string;
        /** @description Deliveries per page, 1 to 100. */
        limit?: number;
      };
      header?: never;
      path: {
        id: components["parameters"]["WebhooksId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Deliveries, newest event first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["WebhookDelivery"][];
            meta: {
              /** @description Pass as `cursor` for older deliveries; null at the end. */
              next_cursor: string | null;
              has_more: boolean;
              limit: number;
            };
          };
        };
      };
      default: components["responses"]["Error"];
    };
  };
  getWebhookDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["WebhooksId"];
        delivery_id: components["parameters"]["WebhooksDeliveryId"];
      };
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["WebhookDelivery"];
      default: components["responses"]["Error"];
    };
  };
  redeliverWebhookDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components["parameters"]["WebhooksId"];
        delivery_id: components["parameters"]["WebhooksDeliveryId"];
      };
    };
    requestBody?: never;
    responses: {
      /** @description Queued. */
      202: components["responses"]["WebhookDelivery"];
      default: components["responses"]["Error"];
    };
  };
}
type WithRequired<T, K extends keyof T> = T & {
  [P in K]-?: T[P];
};

/**
 * The media types a JSON client reads: pass as openapi-fetch's second type parameter,
 * `createClient<paths, JsonMedia>(…)`, so that `data` is the JSON body and `error` the RFC 9457
 * problem (`error.status`, `error.title`, `error.detail`, `error.errors`), without CSV, NDJSON or JSON-LD.
 */
export type JsonMedia = "application/json" | "application/problem+json";
