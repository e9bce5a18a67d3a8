// A large, realistic database for the benchmark, at the sizes asked for. The first two mentors
// are the fixture pages' Dr. Patel and Dr. Okafor, so the sidebar has someone to show.
export function largeData({ mentors, threads, letters, activities }) {
  const DAY = 86_400_000;
  const now = Date.now();
  const iso = (ms) => new Date(ms).toISOString();
  const day = (ms) => iso(ms).slice(0, 10);
  const rand = (n) => Math.floor(Math.random() * n);
  const people = [
    ['Dr. Maya Patel', 'mpatel@med.example.edu'],
    ['Dr. Samuel Okafor', 'sokafor@hospital.example.org'],
  ];
  const statuses = ['planned', 'asked', 'agreed', 'materials-sent', 'submitted', 'thanked', 'outcome-shared', 'declined'];
  const kinds = ['email-sent', 'email-received', 'meeting', 'update', 'thank-you', 'note'];
  const mentorId = (i) => `m${i % mentors}`;
  return {
    mentors: Array.from({ length: mentors }, (_, i) => {
      const [name, email] = people[i] ?? [`Dr. Mentor ${i}`, `mentor${i}@example.edu`];
      return { id: `m${i}`, name, title: 'Dr.', emails: [email], cadenceDays: [30, 60, 90][i % 3], status: i % 17 === 0 ? 'paused' : 'active', createdAt: iso(now - 400 * DAY) };
    }),
    threads: Array.from({ length: threads }, (_, i) => ({
      id: `gmail:t${i}:${mentorId(i)}`, provider: 'gmail', providerThreadId: `t${i}`, subject: `Thread ${i}`, mentorId: mentorId(i), lastMessageAt: iso(now - rand(300) * DAY),
    })),
    letters: Array.from({ length: letters }, (_, i) => ({
      id: `l${i}`, mentorId: mentorId(i), purpose: 'residency', program: `Program ${i}`, deadline: day(now + (rand(200) - 30) * DAY), status: statuses[i % statuses.length], remindersSent: i % 3, createdAt: iso(now - 90 * DAY),
    })),
    activities: Array.from({ length: activities }, (_, i) => ({
      id: `a${i}`, mentorId: mentorId(i), kind: kinds[i % kinds.length], at: iso(now - rand(400) * DAY - rand(DAY)),
    })),
  };
}
