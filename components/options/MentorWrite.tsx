// The mentor page's way to the mail: the suggested message in a new compose, and the last thread.
import { WriteActions } from '../WriteActions';

export function MentorWrite({ mentorId }: { mentorId: string }) {
  return (
    <div className="buttons" data-testid="mentor-write">
      <WriteActions target={{ mentorId }} explain />
    </div>
  );
}
