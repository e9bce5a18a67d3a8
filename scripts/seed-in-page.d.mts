export interface Seed {
  mentors?: object[];
  letters?: object[];
  activities?: object[];
  threads?: object[];
  goals?: object[];
  templates?: object[];
  settings?: object;
}
export declare function seedInPage(data: Seed): Promise<void>;
