export function App() {
  return <main><h1>FollowThrough</h1></main>;
}
