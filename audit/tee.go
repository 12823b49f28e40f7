package audit

// Tee returns a Sink that hands every row to each of sinks in turn,
// stopping at the first error.
func Tee(sinks ...Sink) Sink { return tee(sinks) }

type tee []Sink

func (t tee) Message(m *Message) error {
	for _, s := range t {
		if err := s.Message(m); err != nil {
			return err
		}
	}
	return nil
}

func (t tee) Reject(r *Rejection) error {
	for _, s := range t {
		if err := s.Reject(r); err != nil {
			return err
		}
	}
	return nil
}
