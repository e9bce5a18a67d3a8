// The demo mailbox's sample data, relative to today so something is always due. The people
// match the fixture pages: Dr. Patel and Dr. Okafor are tracked, Dr. Ruiz is not yet.
const DAY = 86_400_000;
const ago = (days) => new Date(Date.now() - days * DAY).toISOString();
const inDays = (days) => {
  const d = new Date(Date.now() + days * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function demoData() {
  const mentor = (id, name, email, role, cadenceDays, extra = {}) => ({
    id, name, title: 'Dr.', emails: [email], role, cadenceDays, status: 'active', createdAt: ago(240), ...extra,
  });
  const letter = (id, mentorId, program, deadline, status, extra = {}) => ({
    id, mentorId, purpose: 'residency', program, deadline, status, remindersSent: 0, createdAt: ago(60), ...extra,
  });
  return {
    mentors: [
      mentor('demo-patel', 'Dr. Maya Patel', 'mpatel@med.example.edu', 'research', 30, { notes: 'Research PI, cardiology outcomes lab.' }),
      mentor('demo-okafor', 'Dr. Samuel Okafor', 'sokafor@hospital.example.org', 'specialty', 60, { notes: 'Internal medicine clerkship director.' }),
      mentor('demo-chen', 'Dr. Lina Chen', 'lchen@med.example.edu', 'personal', 90, { status: 'paused' }),
    ],
    letters: [
      letter('demo-l1', 'demo-patel', 'Internal Medicine, Mass General Brigham', inDays(5), 'materials-sent', { askedAt: ago(45), agreedAt: ago(44), materialsSentAt: ago(40), portal: { name: 'ERAS', letterId: 'L-4821-77' } }),
      letter('demo-l2', 'demo-okafor', 'Internal Medicine, Penn', inDays(24), 'planned'),
      letter('demo-l3', 'demo-patel', 'Summer Research Fellowship', inDays(-3), 'submitted', { askedAt: ago(70), agreedAt: ago(69), submittedAt: ago(1) }),
      letter('demo-l4', 'demo-okafor', 'Internal Medicine, UCSF', inDays(52), 'asked', { askedAt: ago(2) }),
    ],
    activities: [
      { id: 'demo-a1', mentorId: 'demo-okafor', kind: 'meeting', at: ago(75), text: 'Clerkship feedback' },
      { id: 'demo-a2', mentorId: 'demo-okafor', kind: 'email-sent', at: ago(64) },
      { id: 'demo-a3', mentorId: 'demo-chen', kind: 'email-received', at: ago(120) },
      // Dr. Okafor's earlier year, for the contact history: steady, then a gap past the 60 days.
      { id: 'demo-a4', mentorId: 'demo-okafor', kind: 'meeting', at: ago(330), text: 'First meeting about the clerkship' },
      { id: 'demo-a5', mentorId: 'demo-okafor', kind: 'email-received', at: ago(300) },
      { id: 'demo-a6', mentorId: 'demo-okafor', kind: 'email-sent', at: ago(250) },
      { id: 'demo-a7', mentorId: 'demo-okafor', kind: 'update', at: ago(150), text: 'Shared my Step 2 score' },
      { id: 'demo-a8', mentorId: 'demo-okafor', kind: 'email-received', at: ago(140) },
    ],
    goals: [
      { id: 'demo-g1', mentorId: 'demo-patel', text: 'Submit the abstract to the spring research day', revisitOn: inDays(3), createdAt: ago(80) },
    ],
    settings: { userName: 'Jordan Lee', userStage: 'fourth-year medical student', quietStartHour: 0, quietEndHour: 0 },
  };
}
