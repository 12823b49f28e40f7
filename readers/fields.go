package readers

// Field is one of bsmaudit's log fields (CLI.md "Fields").
type Field string

// The fields a log column can map to.
const (
	FieldMessageID     Field = "message_id"
	FieldSentAt        Field = "sent_at"
	FieldDirection     Field = "direction"
	FieldOrderID       Field = "order_id"
	FieldBuyerID       Field = "buyer_id"
	FieldAccount       Field = "account"
	FieldMarketplace   Field = "marketplace"
	FieldBuyerLanguage Field = "buyer_language"
	FieldSubject       Field = "subject"
	FieldBody          Field = "body"
	FieldContactReason Field = "contact_reason"
	FieldStatus        Field = "status"
	FieldOptedOut      Field = "buyer_opted_out"
	// FieldThreadID is a conversation, ticket or case id: the engine
	// threads messages on it when a log has it.
	FieldThreadID Field = "thread_id"
	// FieldBuyerName is the buyer's name (a "Customer Name" column): read
	// so that --redact can mask it in the message text. When a log has no
	// buyer_id column, the name also serves as the buyer's ID.
	FieldBuyerName Field = "buyer_name"
)

// Fields lists every field in the order CLI.md gives them.
var Fields = []Field{
	FieldMessageID, FieldSentAt, FieldDirection, FieldOrderID, FieldBuyerID,
	FieldAccount, FieldMarketplace, FieldBuyerLanguage, FieldSubject, FieldBody,
	FieldContactReason, FieldStatus, FieldOptedOut, FieldThreadID, FieldBuyerName,
}

// Required are the fields a message log must have.
var Required = []Field{FieldSentAt, FieldBody}
